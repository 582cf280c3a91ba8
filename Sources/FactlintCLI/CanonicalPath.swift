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

/// One spelling per file. "articles/a.txt", "./articles/a.txt", "/home/x/articles/a.txt"
/// and "a.txt" from inside the folder are the same file: its canonical form is the
/// absolute path with symlinks, "." and ".." resolved.
enum CanonicalPath {
    static func of(_ path: String) -> String {
        URL(fileURLWithPath: path).standardizedFileURL.resolvingSymlinksInPath().path
    }

    /// `path` relative to `folder` (both canonicalized) when it lies inside it, else the
    /// canonical absolute path.
    static func relative(_ path: String, to folder: String) -> String {
        let file = of(path), base = of(folder)
        let prefix = base.hasSuffix("/") ? base : base + "/"
        return file.hasPrefix(prefix) ? String(file.dropFirst(prefix.count)) : file
    }

    /// The paths with duplicates (by canonical form) removed, keeping the first spelling.
    /// One spelling per real file, in the order given; when one spelling is the file itself
    /// and another a symbolic link to it, the file's own path is kept (it can be fixed; a
    /// link never is).
    static func unique(_ paths: [String]) -> [String] {
        var chosen: [String: Int] = [:] // real path → index in `kept`
        var kept: [String] = []
        var resolver = Resolver()
        for path in paths {
            let real = resolver.of(path)
            if let i = chosen[real] {
                if isLink(kept[i]) && !isLink(path) { kept[i] = path }
            } else {
                chosen[real] = kept.count
                kept.append(path)
            }
        }
        return kept
    }

    static func isLink(_ path: String) -> Bool {
        var info = stat()
        return lstat(path, &info) == 0 && (info.st_mode & S_IFMT) == S_IFLNK
    }

    /// `of` for many paths: a folder is resolved once, and a file in it that is not a
    /// symbolic link is its folder's canonical path plus its name (the same answer, without
    /// the ~100k instructions Foundation spends resolving each file's path).
    struct Resolver {
        private var folders: [Substring: String] = [:]

        mutating func of(_ path: String) -> String {
            guard let slash = path.lastIndex(of: "/") else { return CanonicalPath.of(path) }
            let name = path[path.index(after: slash)...]
            guard !name.isEmpty, name != ".", name != ".." else { return CanonicalPath.of(path) }
            var info = stat()
            guard lstat(path, &info) == 0, (info.st_mode & S_IFMT) != S_IFLNK else { return CanonicalPath.of(path) }
            let folderPath = path[..<slash]
            let folder: String
            if let known = folders[folderPath] {
                folder = known
            } else {
                folder = CanonicalPath.of(folderPath.isEmpty ? "/" : String(folderPath))
                folders[folderPath] = folder
            }
            return folder.hasSuffix("/") ? folder + name : folder + "/" + name
        }
    }
}
