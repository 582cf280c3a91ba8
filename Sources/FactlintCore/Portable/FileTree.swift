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

/// File-system questions that full Foundation answers with `ObjCBool` or
/// `FileManager.enumerator`, asked portably (opendir/readdir, POSIX on Linux and macOS).
public enum FileTree {
    /// Whether something exists at `path` and whether it is a folder (symlinks followed),
    /// as `FileManager.fileExists(atPath:isDirectory:)` answers.
    public static func existence(atPath path: String) -> (exists: Bool, isFolder: Bool) {
        #if canImport(FoundationEssentials)
        var folder = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &folder)
        return (exists, folder)
        #else
        var folder: ObjCBool = false
        let exists = FileManager.default.fileExists(atPath: path, isDirectory: &folder)
        return (exists, folder.boolValue)
        #endif
    }

    /// Paths, relative to `folder`, of every entry under it (files and folders, recursively,
    /// in no particular order), skipping hidden entries (".git") and not descending into
    /// symlinked folders, as `FileManager.enumerator(at:options: .skipsHiddenFiles)` lists them.
    public static func entries(under folder: String) -> [String] {
        var out: [String] = []
        walk(folder, relative: "", depth: 0, into: &out)
        return out
    }

    private static func walk(_ folder: String, relative: String, depth: Int, into out: inout [String]) {
        guard depth < 256, let dir = opendir(folder) else { return }
        defer { closedir(dir) }
        while let entry = readdir(dir) {
            let name = withUnsafeBytes(of: entry.pointee.d_name) { raw in
                String(decoding: raw.prefix { $0 != 0 }, as: UTF8.self)
            }
            guard !name.hasPrefix(".") else { continue } // also "." and ".."
            let path = folder.hasSuffix("/") ? folder + name : folder + "/" + name
            let inner = relative.isEmpty ? name : relative + "/" + name
            out.append(inner)
            var info = stat()
            if lstat(path, &info) == 0, info.st_mode & S_IFMT == S_IFDIR {
                walk(path, relative: inner, depth: depth + 1, into: &out)
            }
        }
    }
}
