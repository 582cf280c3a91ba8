#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// Every kind factlint knows, by the name rule files use.
public enum RuleKinds {
    public static let all: [any RuleKind.Type] = [
        BoilerplateRule.self,
        DatesRule.self,
        EntitiesRule.self,
        FiguresRule.self,
        GazetteerRule.self,
        GendersRule.self,
        MeasuresRule.self,
        NamesRule.self,
        QuotesRule.self,
        TypesRule.self,
        VariantsRule.self,
    ]

    public static func named(_ name: String) -> (any RuleKind.Type)? {
        all.first { $0.kind == name }
    }
}

/// The compiled rules and the lexicon their words live in. Immutable once loaded.
public struct RuleSet: Sendable {
    public let rules: [any Rule]
    public let lexicon: Lexicon

    public init(rules: [any Rule], lexicon: Lexicon) {
        self.rules = rules
        self.lexicon = lexicon
    }

    public func rule(_ id: String) -> (any Rule)? { rules.first { $0.meta.id == id } }
}

/// Reads rule files. Every `*.json5` under the folder is one rule whose id is its file
/// name; anything wrong stops the load with the file and key path.
public enum RuleLoader {
    public static func load(directory: URL) throws -> RuleSet {
        guard FileTree.existence(atPath: directory.path).isFolder else {
            throw RuleFileError(file: directory.path, keyPath: "", message: "rules folder not found (use --rules DIR)")
        }
        let files = ruleFiles(in: directory)
        if files.isEmpty {
            throw RuleFileError(file: directory.path, keyPath: "", message: "no *.json5 rule files in the rules folder")
        }
        var sources: [(path: String, data: Data)] = []
        for file in files {
            guard let data = FileManager.default.contents(atPath: file.path) else {
                throw RuleFileError(file: display(file), keyPath: "", message: "cannot read the rule file")
            }
            sources.append((display(file), data))
        }
        return try load(sources, rulesDirectory: directory)
    }

    /// Compiles rule sources given as (path, JSON5 data), in the order given.
    public static func load(_ sources: [(path: String, data: Data)], rulesDirectory: URL? = nil) throws -> RuleSet {
        try load(sources.map { ($0.path, $0.data, rulesDirectory) })
    }

    /// Compiles rule sources, each with the folder its data files are relative to.
    static func load(_ sources: [(path: String, data: Data, directory: URL?)]) throws -> RuleSet {
        var context = BuildContext()
        var rules: [any Rule] = []
        var seen: [String: String] = [:]
        for source in sources {
            context.rulesDirectory = source.directory
            let id = URL(fileURLWithPath: source.path).deletingPathExtension().lastPathComponent
            guard isKebabCase(id) else {
                throw RuleFileError(file: source.path, keyPath: "",
                                    message: "rule id '\(id)' must be kebab-case (lowercase letters, digits and single hyphens)")
            }
            if let other = seen[id] {
                throw RuleFileError(file: source.path, keyPath: "", message: "duplicate rule id '\(id)' (also \(other))")
            }
            seen[id] = source.path
            rules.append(try compile(id: id, path: source.path, data: source.data, context: &context))
        }
        let pack = rules
        rules = rules.map { ($0 as? PackLinkedRule)?.linked(to: pack) ?? $0 }
        try RuleConflicts.check(rules)
        return RuleSet(rules: rules, lexicon: context.lexicon)
    }

    /// Compiles one rule from text (tests, examples).
    public static func load(id: String, json5: String) throws -> RuleSet {
        try load([(path: "\(id).json5", data: Data(json5.utf8))])
    }

    static func compile(id: String, path: String, data: Data, context: inout BuildContext) throws -> any Rule {
        // Foundation's JSON5 scanner traps on some invalid UTF-8 (found by fuzzing): check first.
        let bytes = [UInt8](data)
        if case .invalidUTF8(let offset, _) = SourceText(bytes: bytes).encoding {
            throw RuleFileError(file: path, keyPath: "", message: "not UTF-8 text (invalid byte 0x\(String(bytes[offset], radix: 16, uppercase: true)) at offset \(offset))")
        }
        if bytes.contains(0) { throw RuleFileError(file: path, keyPath: "", message: "not a text file (NUL byte)") }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        let tree = JSON5Tree.parse(bytes)
        let header: RuleHeader
        do {
            header = try RuleDecoding.decode(RuleHeader.self, tree: tree, data: data, decoder: decoder)
        } catch {
            throw JSON5Position.locate(RuleFileError(file: path, decoding: error), in: data)
        }
        guard let kind = RuleKinds.named(header.kind) else {
            let valid = RuleKinds.all.map { $0.kind }.sorted().joined(separator: ", ")
            throw RuleFileError(file: path, keyPath: "kind", message: "unknown kind '\(header.kind)'; expected one of: \(valid)")
        }
        return try build(kind, id: id, path: path, header: header, tree: tree, data: data, decoder: decoder, context: &context)
    }

    private static func build<K: RuleKind>(_ kind: K.Type, id: String, path: String, header: RuleHeader,
                                           tree: JSON5Tree?, data: Data, decoder: JSONDecoder,
                                           context: inout BuildContext) throws -> any Rule {
        let options: K.Options
        do {
            options = try RuleDecoding.decode(K.Options.self, tree: tree, data: data, decoder: decoder)
        } catch {
            throw RuleFileError(file: path, decoding: error)
        }
        let meta = RuleMeta(id: id, kind: K.kind, severity: header.severity ?? K.defaultSeverity,
                            description: header.description ?? "", examples: header.examples ?? RuleExamples(),
                            file: path)
        do {
            return try K(meta: meta, options: options, context: &context)
        } catch let error as RuleFileError {
            throw RuleFileError(file: path, keyPath: error.keyPath, message: error.message)
        } catch {
            throw RuleFileError(file: path, decoding: error)
        }
    }

    static func ruleFiles(in directory: URL) -> [URL] {
        let files = FileTree.entries(under: directory.path).map { directory.appendingPathComponent($0) }
        return files.filter { $0.pathExtension == "json5" }.sorted { $0.path < $1.path }
    }

    static func display(_ url: URL) -> String {
        let cwd = FileManager.default.currentDirectoryPath
        let path = url.standardizedFileURL.path
        return path.hasPrefix(cwd + "/") ? String(path.dropFirst(cwd.count + 1)) : path
    }

    static func isKebabCase(_ id: String) -> Bool {
        guard let first = id.first, let last = id.last, first != "-", last != "-", !id.contains("--") else { return false }
        return id.allSatisfy { ("a"..."z").contains($0) || ("0"..."9").contains($0) || $0 == "-" }
    }
}
