import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// What one run uses once the config files and flags are combined: the rules, where the
/// articles come from, and how findings are filtered and judged. Flags win over configs.
struct RunSettings {
    var ruleSet: RuleSet
    var configs: ConfigFinder
    /// The config that decides run-wide settings (failLevel, maxWarnings, corpus): the one
    /// of the first path (or of `--stdin-filename`, or the current folder).
    var main: ConfigFile?
    var failLevel: Severity
    var maxWarnings: Int?
    var corpus: [String]
    /// Real paths of the rule folders in use: never walked as articles.
    var ruleFolders: [String]
    /// Folder → inside a rule folder, filled as files are kept or dropped (one thread).
    final class FolderCache { var inRuleFolder: [String: Bool] = [:] }
    let realFolders = FolderCache()

    static func make(_ options: Options) throws -> RunSettings {
        let configs = ConfigFinder()
        var described: String? = nil
        if case .printConfig(let file) = options.command { described = file }
        let anchor = described ?? options.stdinFilename ?? options.paths.first { $0 != "-" } ?? FileManager.default.currentDirectoryPath
        let main = try configs.config(for: anchor)
        var folders: [String] = []
        if let dir = options.rulesDirectory {
            folders = [dir]
        } else {
            var seen = Set<String>()
            for path in options.paths.map({ $0 == "-" ? anchor : $0 }) + [anchor] {
                guard let config = try configs.config(for: path), seen.insert(config.path).inserted else { continue }
                folders += config.settings.rules.map(config.resolve)
            }
        }
        var ruleSet = try RuleLoader.load(folders: folders.map { URL(fileURLWithPath: $0) })
        let known = Set(ruleSet.rules.map(\.meta.id))
        for id in options.select + options.ignore + Array(options.severity.keys) where !known.contains(id) {
            throw UsageError("unknown rule '\(id)' (factlint rules lists them)")
        }
        if !options.select.isEmpty || !options.ignore.isEmpty {
            let kept = ruleSet.rules.filter { (options.select.isEmpty || options.select.contains($0.meta.id)) && !options.ignore.contains($0.meta.id) }
            ruleSet = RuleSet(rules: kept, lexicon: ruleSet.lexicon)
        }
        let corpus = options.corpus.isEmpty ? (main.map { c in c.settings.corpus.map(c.resolve) } ?? []) : options.corpus
        return RunSettings(ruleSet: ruleSet, configs: configs, main: main,
                           failLevel: options.failLevelGiven ? options.failLevel : main?.settings.failLevel ?? options.failLevel,
                           maxWarnings: options.maxWarnings ?? main?.settings.maxWarnings, corpus: corpus,
                           ruleFolders: folders.map { URL(fileURLWithPath: $0).resolvingSymlinksInPath().path })
    }

    /// Files from the walk that their config excludes, or that sit in a rules folder.
    func keep(_ path: String, walked: Bool) throws -> Bool {
        if !ruleFolders.isEmpty && inRuleFolder(path) { return false }
        guard let config = try configs.config(forFile: path) else { return true }
        return !config.excludes(path, walked: walked)
    }

    /// Whether a file is inside a rule folder in use; real paths are resolved once per folder.
    private func inRuleFolder(_ path: String) -> Bool {
        let folder = path.lastIndex(of: "/").map { String(path[..<$0]) } ?? "."
        if let known = realFolders.inRuleFolder[folder] { return known }
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path + "/"
        let inside = ruleFolders.contains { real.hasPrefix($0 + "/") }
        realFolders.inRuleFolder[folder] = inside
        return inside
    }

    /// Applies each file's config (`disable`, `severity`, `overrides`) and then `--severity`.
    func judge(_ diagnostics: [Diagnostic], flags: [String: Severity]) throws -> [Diagnostic] {
        var perPath: [String: (disabled: Set<String>, severity: [String: Severity])] = [:]
        var result: [Diagnostic] = []
        for var d in diagnostics {
            let path = d.location.path
            if perPath[path] == nil { perPath[path] = try configs.config(forFile: path)?.ruleSettings(for: path) ?? ([], [:]) }
            let settings = perPath[path]!
            if settings.disabled.contains(d.ruleID) { continue }
            if let level = flags[d.ruleID] ?? settings.severity[d.ruleID] { d.severity = level }
            result.append(d)
        }
        return result
    }

    /// `factlint config FILE`: the effective settings for one file, as JSON.
    func describe(_ file: String) throws -> String {
        let config = try configs.config(for: file)
        let rules: (disabled: Set<String>, severity: [String: Severity]) = config?.ruleSettings(for: file) ?? ([], [:])
        func quote(_ s: String) -> String { JSONEscaping.string(s) }
        func list(_ items: [String]) -> String { "[" + items.map(quote).joined(separator: ", ") + "]" }
        let severity = ruleSet.rules.map { rule in "\(quote(rule.meta.id)): \(quote((rules.severity[rule.meta.id] ?? rule.meta.severity).rawValue))" }
        let enabled = ruleSet.rules.map(\.meta.id).filter { !rules.disabled.contains($0) }
        let excluded = config?.excludes(file, walked: false) ?? false
        return """
        {
          "file": \(quote(file)),
          "config": \(config.map { quote($0.path) } ?? "null"),
          "format": \(quote(ArticleFormat(path: file).rawValue)),
          "excluded": \(excluded),
          "rules": \(list(enabled)),
          "disabled": \(list(rules.disabled.sorted())),
          "severity": {\(severity.joined(separator: ", "))},
          "failLevel": \(quote(failLevel.rawValue)),
          "maxWarnings": \(maxWarnings.map(String.init) ?? "null"),
          "corpus": \(list(corpus))
        }

        """
    }
}

enum JSONEscaping {
    static func string(_ s: String) -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.withoutEscapingSlashes]
        let data = try? encoder.encode([s])
        let array = data.map { String(decoding: $0, as: UTF8.self) } ?? "[\"\"]"
        return String(array.dropFirst().dropLast())
    }
}
