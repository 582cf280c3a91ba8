import Foundation

/// Expands command-line paths into the files to check.
///
/// Contract: the result is sorted by path and free of duplicates (one spelling per real
/// file: "a.txt" and "./a.txt" are one), whatever order the file
/// system lists entries in. Folders are walked recursively; hidden entries (".git") are
/// skipped; a symlinked folder is followed once (loops are cut by real path). A file named
/// on the command line is checked even if it does not match the includes.
struct FileWalker {
    var includes: [PathGlob]
    var excludes: [PathGlob]

    init(includes: [String], excludes: [String]) {
        self.includes = (includes.isEmpty ? ["*.txt"] : includes).map(PathGlob.init)
        self.excludes = excludes.map(PathGlob.init)
    }

    struct Walk {
        var files: [String] = []
        /// Paths that do not exist or cannot be listed.
        var errors: [String] = []
    }

    func walk(_ paths: [String]) -> Walk {
        var walk = Walk()
        var visited = Set<String>()
        for path in paths {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else {
                walk.errors.append("\(path): no such file or folder")
                continue
            }
            if isFolder.boolValue {
                descend(path, relative: "", into: &walk, visited: &visited)
            } else if !excluded(URL(fileURLWithPath: path).lastPathComponent) {
                walk.files.append(path)
            }
        }
        walk.files = CanonicalPath.unique(Array(Set(walk.files)).sorted())
        return walk
    }

    private func descend(_ folder: String, relative: String, into walk: inout Walk, visited: inout Set<String>) {
        let real = URL(fileURLWithPath: folder).resolvingSymlinksInPath().path
        guard visited.insert(real).inserted else { return }
        let names: [String]
        do {
            names = try FileManager.default.contentsOfDirectory(atPath: folder)
        } catch {
            walk.errors.append("\(folder): cannot list folder")
            return
        }
        for name in names.sorted() where !name.hasPrefix(".") {
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            if excluded(rel) { continue }
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: path, isDirectory: &isFolder) else { continue }
            if isFolder.boolValue {
                descend(path, relative: rel, into: &walk, visited: &visited)
            } else if includes.contains(where: { $0.matches(relativePath: rel) }) {
                walk.files.append(path)
            }
        }
    }

    private func excluded(_ relative: String) -> Bool {
        excludes.contains { $0.matches(relativePath: relative) }
    }
}
