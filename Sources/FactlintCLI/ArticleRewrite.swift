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

/// Replaces one article's bytes without ever damaging it or anything else.
///
/// Everything happens relative to the open article folder (`openat`), so the folder cannot
/// be swapped for a link half-way. The new text goes to a temporary file with an
/// unpredictable name, created exclusively (`O_CREAT|O_EXCL|O_NOFOLLOW`, mode 0600), so a
/// planted file or link at that name is never written through and the text is never
/// readable by others; it gets the article's owner, group and mode, reaches the disk
/// (`fsync`), and is renamed over the article only if the article still has the bytes
/// that were checked, re-read right before the rename. On any failure the temporary
/// file is removed and the article is untouched.
///
/// Articles that are symbolic links, lie outside the folders given, have more than one
/// hard link (a rename would split them) or are read-only are left alone (`Refusal.left`).
struct ArticleRewrite {
    enum Refusal: Error, Equatable {
        /// Deliberately not rewritten: a warning, the run goes on.
        case left(String)
        /// Could not be rewritten: an error (exit 2), the run goes on.
        case failed(String)
    }

    /// Canonical folders the articles were found under (from the PATHs given).
    let roots: [String]
    /// Called right before the rename (tests edit the file there).
    var willRename: (String) -> Void = { _ in }

    init(paths: [String]) {
        roots = paths.compactMap { path in
            var info = stat()
            guard stat(path, &info) == 0 else { return nil }
            let folder = (info.st_mode & 0o170000) == 0o040000 ? path : ArticleRewrite.folder(of: path)
            return ArticleRewrite.canonical(folder)
        }
    }

    /// Rewrites `path` with `transform` applied to its bytes, if they still digest to `digest`
    /// (`transform` returns nil when there is nothing to change).
    func rewrite(_ path: String, digest: UInt64, _ transform: ([UInt8]) -> [UInt8]?) throws(Refusal) {
        let folder = ArticleRewrite.folder(of: path)
        let name = PathText.lastComponent(path)
        var info = stat()
        guard lstat(path, &info) == 0 else { throw .failed("cannot fix: \(ArticleRewrite.reason())") }
        if (info.st_mode & 0o170000) == 0o120000 { throw .left("is a symbolic link; not rewritten (fix the file it points to by its own name)") }
        guard let real = ArticleRewrite.canonical(folder), roots.contains(where: { ArticleRewrite.isWithin(real, $0) }) else {
            throw .left("lies outside the folders given (through a symbolic link); not rewritten")
        }
        let directory = open(folder, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        guard directory >= 0 else { throw .failed("cannot fix: cannot open its folder: \(ArticleRewrite.reason())") }
        defer { close(directory) }
        var folderInfo = stat(), realInfo = stat()
        guard fstat(directory, &folderInfo) == 0, stat(real, &realInfo) == 0,
              folderInfo.st_dev == realInfo.st_dev, folderInfo.st_ino == realInfo.st_ino else {
            throw .failed("cannot fix: its folder changed while it was being fixed")
        }
        let (original, identity) = try ArticleRewrite.load(name, in: directory)
        if Int(identity.st_nlink) > 1 {
            throw .left("has \(identity.st_nlink) hard links, which a rewrite would split; not rewritten (edit it by hand)")
        }
        if identity.st_mode & 0o200 == 0 { throw .left("is read-only; not rewritten") }
        if faccessat(directory, name, W_OK, 0) != 0 { throw .failed("cannot fix: not writable: \(ArticleRewrite.reason())") }
        guard ContentDigest.of(original) == digest else { throw .failed("changed since it was checked; not fixed") }
        guard let bytes = transform(original) else { return }
        let temporary = try ArticleRewrite.createTemporary(in: directory)
        do throws(Refusal) {
            try ArticleRewrite.fill(temporary.fd, with: bytes, like: identity)
            willRename(path)
            // The last look: an edit saved since the check must not be lost.
            let (now, nowIdentity) = try ArticleRewrite.load(name, in: directory)
            guard nowIdentity.st_dev == identity.st_dev, nowIdentity.st_ino == identity.st_ino,
                  ContentDigest.of(now) == digest else { throw Refusal.failed("changed since it was checked; not fixed") }
            guard renameat(directory, temporary.name, directory, name) == 0 else {
                throw Refusal.failed("cannot fix: cannot replace it: \(ArticleRewrite.reason())")
            }
        } catch {
            unlinkat(directory, temporary.name, 0)
            throw error
        }
        _ = fsync(directory) // the rename itself reaches the disk (best effort: not every file system can)
    }

    /// The article's bytes and what `fstat` says of it, opened without following a link.
    private static func load(_ name: String, in directory: Int32) throws(Refusal) -> ([UInt8], stat) {
        let fd = openat(directory, name, O_RDONLY | O_NOFOLLOW | O_CLOEXEC)
        guard fd >= 0 else {
            if errno == ELOOP { throw .left("is a symbolic link; not rewritten (fix the file it points to by its own name)") }
            throw .failed("cannot fix: cannot read it: \(reason())")
        }
        defer { close(fd) }
        var info = stat()
        guard fstat(fd, &info) == 0 else { throw .failed("cannot fix: \(reason())") }
        guard (info.st_mode & 0o170000) == 0o100000 else { throw .left("is not a regular file; not rewritten") }
        var bytes: [UInt8] = []
        var chunk = [UInt8](repeating: 0, count: 1 << 16)
        while true {
            let n = chunk.withUnsafeMutableBytes { read(fd, $0.baseAddress, $0.count) }
            if n < 0 && errno == EINTR { continue }
            guard n >= 0 else { throw .failed("cannot fix: cannot read it: \(reason())") }
            if n == 0 { break }
            bytes += chunk[..<n]
        }
        return (bytes, info)
    }

    /// A new, empty file readable by its owner only, under a name no one can guess.
    private static func createTemporary(in directory: Int32) throws(Refusal) -> (fd: Int32, name: String) {
        for _ in 0..<16 {
            let name = ".factlint-" + String(UInt64.random(in: .min ... .max), radix: 16) + String(UInt64.random(in: .min ... .max), radix: 16) + ".tmp"
            let fd = openat(directory, name, O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC, 0o600)
            if fd >= 0 { return (fd, name) }
            if errno != EEXIST { throw .failed("cannot fix: cannot create a temporary file beside it: \(reason())") }
        }
        throw .failed("cannot fix: cannot create a temporary file beside it")
    }

    /// Writes all of `bytes`, gives the file the article's owner, group and mode, and syncs it.
    private static func fill(_ fd: Int32, with bytes: [UInt8], like article: stat) throws(Refusal) {
        defer { close(fd) }
        var written = 0
        while written < bytes.count {
            let n = bytes.withUnsafeBytes { write(fd, $0.baseAddress! + written, $0.count - written) }
            if n < 0 && errno == EINTR { continue }
            guard n > 0 else { throw .failed("cannot fix: cannot write: \(reason())") }
            written += n
        }
        var mine = stat()
        guard fstat(fd, &mine) == 0 else { throw .failed("cannot fix: \(reason())") }
        // Owner first: changing it may clear set-id bits, which the mode then restores.
        if mine.st_uid != article.st_uid || mine.st_gid != article.st_gid {
            guard fchown(fd, article.st_uid, article.st_gid) == 0 else {
                throw .failed("cannot fix: cannot keep its owner and group: \(reason())")
            }
        }
        guard fchmod(fd, article.st_mode & 0o7777) == 0 else { throw .failed("cannot fix: cannot keep its mode: \(reason())") }
        guard fsync(fd) == 0 else { throw .failed("cannot fix: cannot write: \(reason())") }
    }

    static func folder(of path: String) -> String {
        let folder = PathText.deletingLastComponent(path)
        return folder.isEmpty ? "." : folder
    }

    /// The path with every link resolved, or nil.
    static func canonical(_ path: String) -> String? {
        guard let resolved = realpath(path, nil) else { return nil }
        defer { free(resolved) }
        return String(cString: resolved)
    }

    static func isWithin(_ path: String, _ root: String) -> Bool {
        path == root || path.hasPrefix(root.hasSuffix("/") ? root : root + "/")
    }

    static func reason() -> String { String(cString: strerror(errno)).lowercased() }
}
