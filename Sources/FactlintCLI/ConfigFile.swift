import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// `.factlint.json5`: settings found by searching upward from each checked file, like
/// `.vale.ini` or `ruff.toml`. Paths and globs in it are relative to its folder. Command-line
/// flags win over it. `schema/config.schema.json` describes it (a test keeps them in sync).
public struct ConfigFile: Sendable {
    public static let name = ".factlint.json5"
    /// The keys a config and an override accept (the schema test compares them).
    public static var keys: [String] { Settings.CodingKeys.allCases.map(\.rawValue) }
    public static var overrideKeys: [String] { Override.CodingKeys.allCases.map(\.rawValue) }

    public struct Settings: Decodable, Sendable {
        public var rules: [String] = []
        public var include: [String] = []
        public var exclude: [String] = []
        public var severity: [String: Severity] = [:]
        public var disable: [String] = []
        public var overrides: [Override] = []
        public var failLevel: Severity?
        public var maxWarnings: Int?
        public var corpus: [String] = []

        enum CodingKeys: String, CodingKey, CaseIterable {
            case rules, include, exclude, severity, disable, overrides, failLevel, maxWarnings, corpus
        }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self, alsoAllowed: ["$schema"])
            rules = try Self.strings(c, .rules)
            include = try Self.strings(c, .include)
            exclude = try Self.strings(c, .exclude)
            severity = try c.decodeIfPresent([String: Severity].self, forKey: .severity) ?? [:]
            disable = try c.decodeIfPresent([String].self, forKey: .disable) ?? []
            overrides = try c.decodeIfPresent([Override].self, forKey: .overrides) ?? []
            failLevel = try c.decodeIfPresent(Severity.self, forKey: .failLevel)
            maxWarnings = try c.decodeIfPresent(Int.self, forKey: .maxWarnings)
            corpus = try Self.strings(c, .corpus)
            if let m = maxWarnings, m < 0 {
                throw DecodingError.dataCorruptedError(forKey: .maxWarnings, in: c, debugDescription: "must be 0 or more")
            }
        }

        /// A string or an array of strings.
        static func strings<K>(_ c: KeyedDecodingContainer<K>, _ key: K) throws -> [String] {
            if let one = try? c.decodeIfPresent(String.self, forKey: key) { return [one] }
            return try c.decodeIfPresent([String].self, forKey: key) ?? []
        }
    }

    /// Settings for the files matching `files` (globs relative to the config's folder).
    public struct Override: Decodable, Sendable {
        public var files: [String]
        public var disable: [String]
        public var severity: [String: Severity]

        enum CodingKeys: String, CodingKey, CaseIterable { case files, disable, severity }

        public init(from decoder: Decoder) throws {
            let c = try decoder.strictContainer(keyedBy: CodingKeys.self)
            files = try Settings.strings(c, .files)
            disable = try c.decodeIfPresent([String].self, forKey: .disable) ?? []
            severity = try c.decodeIfPresent([String: Severity].self, forKey: .severity) ?? [:]
            if files.isEmpty { throw DecodingError.dataCorruptedError(forKey: .files, in: c, debugDescription: "give at least one glob") }
        }
    }

    /// The config file itself and its folder (absolute, standardized).
    public var path: String
    public var folder: String
    public var settings: Settings

    public static func load(_ path: String) throws -> ConfigFile {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw RuleFileError(file: path, keyPath: "", message: "cannot read the config file")
        }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        do {
            let settings = try decoder.decode(Settings.self, from: data)
            return ConfigFile(path: path, folder: URL(fileURLWithPath: path).deletingLastPathComponent().path, settings: settings)
        } catch {
            throw JSON5Position.locate(RuleFileError(file: path, decoding: error), in: data)
        }
    }

    /// A path relative to the config's folder, or nil when `path` is outside it.
    public func relative(_ path: String) -> String? {
        let absolute = ConfigFile.absolute(path)
        guard absolute.hasPrefix(folder + "/") else { return nil }
        return String(absolute.dropFirst(folder.count + 1))
    }

    public func resolve(_ relativePath: String) -> String {
        relativePath.hasPrefix("/") ? relativePath : URL(fileURLWithPath: folder).appendingPathComponent(relativePath).standardizedFileURL.path
    }

    static func absolute(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.path
    }

    /// Whether the file at `path` is excluded, or (for files found by walking) not included.
    public func excludes(_ path: String, walked: Bool) -> Bool {
        guard let rel = relative(path) else { return false }
        if settings.exclude.contains(where: { GitignoreGlob($0).matches(rel) }) { return true }
        if walked && !settings.include.isEmpty && !settings.include.contains(where: { GitignoreGlob($0).matches(rel) }) { return true }
        return false
    }

    /// The rules disabled for a file and its severity overrides, overrides applied in order.
    public func ruleSettings(for path: String) -> (disabled: Set<String>, severity: [String: Severity]) {
        var disabled = Set(settings.disable)
        var severity = settings.severity
        let rel = relative(path) ?? ""
        for o in settings.overrides where o.files.contains(where: { GitignoreGlob($0).matches(rel) }) {
            disabled.formUnion(o.disable)
            severity.merge(o.severity) { $1 }
        }
        return (disabled, severity)
    }
}

/// Finds the config of each file: the nearest `.factlint.json5` in its folder or above.
/// Each folder is looked at once per run.
public final class ConfigFinder: @unchecked Sendable {
    private var byFolder: [String: ConfigFile?] = [:]
    private var byWrittenFolder: [String: ConfigFile?] = [:]
    private let lock = MutexLock()

    public init() {}

    public func config(for path: String) throws -> ConfigFile? {
        let absolute = ConfigFile.absolute(path)
        return try find(in: FileTree.existence(atPath: absolute).isFolder ? absolute : URL(fileURLWithPath: absolute).deletingLastPathComponent().path)
    }

    /// The config of a path known to be a file (no file-system check of the path itself).
    public func config(forFile path: String) throws -> ConfigFile? {
        // Files of one folder share the lookup, keyed on the folder as written (no URL work per file).
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? ""
        lock.lock()
        if let known = byWrittenFolder[folder] { lock.unlock(); return known }
        lock.unlock()
        let found = try find(in: URL(fileURLWithPath: ConfigFile.absolute(path)).deletingLastPathComponent().path)
        lock.lock(); byWrittenFolder[folder] = found; lock.unlock()
        return found
    }

    private func find(in folder: String) throws -> ConfigFile? {
        lock.lock()
        if let known = byFolder[folder] { lock.unlock(); return known }
        lock.unlock()
        let candidate = URL(fileURLWithPath: folder).appendingPathComponent(ConfigFile.name).path
        let found: ConfigFile?
        if FileManager.default.fileExists(atPath: candidate) {
            found = try ConfigFile.load(candidate)
        } else {
            let parent = URL(fileURLWithPath: folder).deletingLastPathComponent().path
            found = parent == folder || folder == "/" ? nil : try find(in: parent)
        }
        lock.lock(); byFolder[folder] = found; lock.unlock()
        return found
    }
}
