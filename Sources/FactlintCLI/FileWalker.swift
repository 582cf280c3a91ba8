import FactlintCore
#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Expands command-line paths into the files to check.
///
/// Contract: the result is sorted by path and free of duplicates (one spelling per real
/// file: "a.txt" and "./a.txt" are one), whatever order the file system lists entries in.
/// Folders are walked recursively; hidden entries (".git") are skipped. A symlinked folder
/// is followed only when its target lies inside the folder given on the command line
/// (so a link to "/" or "$HOME" walks nothing outside the tree), and once (loops are cut
/// by real path). A file named on the command line is checked even if it does not match
/// the includes.
///
/// Nothing is skipped silently: an entry that cannot be checked (a name that is not valid
/// UTF-8, a folder nested deeper than `maxDepth`, a dangling link or one that cannot be
/// examined) is a warning in `skipped`, which the command reports like any finding.
struct FileWalker {
    var includes: [PathGlob]
    var excludes: [PathGlob]
    static let maxDepth = 256

    init(includes: [String], excludes: [String]) {
        self.includes = (includes.isEmpty ? ArticleFormat.extensions.map { "*.\($0.ext)" } : includes).map(PathGlob.init)
        self.excludes = excludes.map(PathGlob.init)
    }

    struct Walk {
        var files: [String] = []
        /// Paths that do not exist or cannot be listed.
        var errors: [String] = []
        /// Entries that were not checked, each a warning saying why.
        var skipped: [Diagnostic] = []
    }

    func walk(_ paths: [String]) -> Walk {
        var walk = Walk()
        var visited = Set<String>()
        for path in paths {
            let (exists, isFolder) = FileTree.existence(atPath: path)
            guard exists else {
                walk.errors.append("\(CompilerFormat.printable(path)): no such file or folder")
                continue
            }
            if isFolder {
                let root = CanonicalPath.of(path)
                descend(path, relative: "", depth: 0, root: root, into: &walk, visited: &visited)
            } else if !excluded(URL(fileURLWithPath: path).lastPathComponent) {
                walk.files.append(path)
            }
        }
        walk.files = CanonicalPath.unique(Array(Set(walk.files)).sorted())
        walk.skipped.sort(by: Diagnostic.ordered)
        return walk
    }

    private func descend(_ folder: String, relative: String, depth: Int, root: String, into walk: inout Walk, visited: inout Set<String>) {
        let real = CanonicalPath.of(folder)
        guard visited.insert(real).inserted else { return }
        if depth > Self.maxDepth {
            walk.skipped.append(skip(folder, "folder nested more than \(Self.maxDepth) levels deep; not walked"))
            return
        }
        guard let entries = Self.list(folder) else {
            walk.errors.append("\(CompilerFormat.printable(folder)): cannot list folder")
            return
        }
        for entry in entries.sorted(by: { $0.name.lexicographicallyPrecedes($1.name) }) where entry.name.first != UInt8(ascii: ".") {
            let prefix = folder.hasSuffix("/") ? folder : folder + "/"
            guard let name = String(bytes: entry.name, encoding: .utf8) else {
                let shown = String(decoding: entry.name, as: UTF8.self)
                walk.skipped.append(skip(prefix + shown, "file name is not valid UTF-8; not checked (rename it)"))
                continue
            }
            let path = prefix + name
            let rel = relative.isEmpty ? name : relative + "/" + name
            if excluded(rel) { continue }
            var info = stat()
            guard stat(path, &info) == 0 else {
                // A dangling link, a name too long for the system, no permission to look.
                if includes.contains(where: { $0.matches(relativePath: rel) }) || entry.isLink {
                    walk.skipped.append(skip(path, "cannot be examined (\(String(cString: strerror(errno)))); not checked"))
                }
                continue
            }
            if info.st_mode & S_IFMT == S_IFDIR {
                if entry.isLink {
                    let target = CanonicalPath.of(path)
                    guard target == root || target.hasPrefix(root.hasSuffix("/") ? root : root + "/") else { continue }
                }
                descend(path, relative: rel, depth: depth + 1, root: root, into: &walk, visited: &visited)
            } else if includes.contains(where: { $0.matches(relativePath: rel) }) {
                walk.files.append(path)
            }
        }
    }

    private func skip(_ path: String, _ message: String) -> Diagnostic {
        Diagnostic(ruleID: BuiltinRule.io, severity: .warning, message: message, location: .file(path))
    }

    /// A folder's entries as raw bytes (a name need not be UTF-8), "." and ".." left out.
    private static func list(_ folder: String) -> [(name: [UInt8], isLink: Bool)]? {
        guard let dir = opendir(folder) else { return nil }
        defer { closedir(dir) }
        var entries: [(name: [UInt8], isLink: Bool)] = []
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in Array(raw.prefix { $0 != 0 }) }
            if name == [0x2E] || name == [0x2E, 0x2E] { continue }
            var isLink = entry.pointee.d_type == UInt8(DT_LNK)
            if entry.pointee.d_type == UInt8(DT_UNKNOWN) {
                var info = stat()
                isLink = lstat(folder + "/" + String(decoding: name, as: UTF8.self), &info) == 0 && info.st_mode & S_IFMT == S_IFLNK
            }
            entries.append((name, isLink))
        }
        return entries
    }

    private func excluded(_ relative: String) -> Bool {
        excludes.contains { $0.matches(relativePath: relative) }
    }
}
