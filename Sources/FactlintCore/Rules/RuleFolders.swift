#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

extension RuleLoader {
    /// The built-in rules plus every `*.json5` in `folders`. A rule file whose id is a
    /// built-in's replaces it (so `page-furniture.json5` in a rules folder is the page
    /// furniture check), as does one of the same kind for most built-ins (see
    /// `BuiltinRules.sources`); ids must otherwise be unique across folders.
    public static func load(folders: [URL], builtins: Bool = true) throws -> RuleSet {
        var sources: [(path: String, data: Data, directory: URL?)] = []
        for folder in folders {
            guard FileTree.existence(atPath: folder.path).isFolder else {
                throw RuleFileError(file: folder.path, keyPath: "", message: "rules folder not found")
            }
            let files = ruleFiles(in: folder)
            if files.isEmpty {
                throw RuleFileError(file: folder.path, keyPath: "", message: "no *.json5 rule files in the rules folder")
            }
            for file in files {
                guard let data = FileManager.default.contents(atPath: file.path) else {
                    throw RuleFileError(file: display(file), keyPath: "", message: "cannot read the rule file")
                }
                sources.append((display(file), data, folder))
            }
        }
        if builtins {
            let ids = Set(sources.map { URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent })
            let kinds = Set(sources.compactMap { kind(of: $0.data) })
            let kept = BuiltinRules.sources.filter { !ids.contains($0.id) && !($0.kindReplaces && kinds.contains($0.kind)) }
            sources = kept.map { (BuiltinRules.file($0.id), Data($0.json5.utf8), URL?.none) } + sources
        }
        return try load(sources)
    }

    /// A rule file's `kind`, read without compiling it (nil when it cannot be read: the
    /// compile that follows reports why).
    private static func kind(of data: Data) -> String? {
        // Foundation's JSON5 scanner traps on some invalid UTF-8: only valid text is read here.
        let bytes = [UInt8](data)
        guard case .utf8 = SourceText(bytes: bytes).encoding, !bytes.contains(0) else { return nil }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        return try? RuleDecoding.decode(RuleHeader.self, tree: JSON5Tree.parse(bytes), data: data, decoder: decoder).kind
    }
}
