import Foundation

extension RuleLoader {
    /// The built-in rules plus every `*.json5` in `folders`. A rule file whose id is a
    /// built-in's replaces it (so `page-furniture.json5` in a rules folder is the page
    /// furniture check); ids must otherwise be unique across folders.
    public static func load(folders: [URL], builtins: Bool = true) throws -> RuleSet {
        var sources: [(path: String, data: Data, directory: URL?)] = []
        for folder in folders {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: folder.path, isDirectory: &isFolder), isFolder.boolValue else {
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
            let given = Set(sources.map { URL(fileURLWithPath: $0.path).deletingPathExtension().lastPathComponent })
            let defaults = BuiltinRules.sources.filter { !given.contains($0.id) }
                .map { (BuiltinRules.file($0.id), Data($0.json5.utf8), URL?.none) }
            sources = defaults + sources
        }
        return try load(sources)
    }
}
