import Foundation

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
    static func unique(_ paths: [String]) -> [String] {
        var seen = Set<String>()
        return paths.filter { seen.insert(of($0)).inserted }
    }
}
