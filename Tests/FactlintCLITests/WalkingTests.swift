@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// What the walk and the reader do with files that are not plain articles: nothing is read
/// without bound, nothing outside the tree is walked, nothing is skipped silently.
@Suite struct WalkingTests {
    @Test func endlessFilesAreNotReadWithoutBound() throws {
        let s = try Scratch()
        try s.write("ok.txt", "The carrier docked at Yokosuk.\n")
        // A FIFO never ends (and would block); a sparse file claims 3 GiB, past 32-bit offsets.
        #expect(mkfifo(s.path("fifo.txt"), 0o644) == 0)
        try s.write("huge.txt", "")
        #expect(truncate(s.path("huge.txt"), 3 << 30) == 0)
        #if os(Linux)
        try FileManager.default.createSymbolicLink(atPath: s.path("pagemap.txt"), withDestinationPath: "/proc/self/pagemap")
        #endif
        let r = Run(["--rules", rulesPath, s.url.path])
        #expect(r.status == ExitCode.failure)
        #expect(r.err.contains("fifo.txt: cannot read: not a regular file"), "\(r.err)")
        #expect(r.err.contains("huge.txt: cannot read: the file is 3072 MiB; factlint reads files up to 256 MiB"), "\(r.err)")
        #if os(Linux)
        #expect(r.err.contains("pagemap.txt: cannot read: "), "\(r.err)")
        #endif
        #expect(r.out.contains("ok.txt:1:23: error: 'Yokosuk'"), "the other files are still checked")
    }

    @Test func symlinkToRootIsNotWalked() throws {
        let s = try Scratch()
        try s.write("articles/a.txt", "The carrier docked at Yokosuk.\n")
        try s.write("articles/sub/b.txt", "The carrier docked at Yokosuk.\n")
        try FileManager.default.createSymbolicLink(atPath: s.path("articles/root"), withDestinationPath: "/")
        try FileManager.default.createSymbolicLink(atPath: s.path("articles/home"), withDestinationPath: NSHomeDirectory())
        // A link that stays inside the tree is followed (and its files checked once).
        try FileManager.default.createSymbolicLink(atPath: s.path("articles/again"), withDestinationPath: s.path("articles/sub"))
        let r = Run(["--rules", rulesPath, s.path("articles")])
        #expect(r.status == ExitCode.findings)
        #expect(r.out.split(separator: "\n").count == 2, "\(r.out)")
        #expect(r.err.hasSuffix("in 2 files\n"), "\(r.err)")
    }

    @Test func skippedFilesAreNeverSilent() throws {
        let s = try Scratch()
        // A name that is not UTF-8.
        let bad = s.url.path + "/bad" + String(decoding: [0xFF], as: UTF8.self)
        let raw = Array(s.url.path.utf8) + Array("/bad".utf8) + [0xFF] + Array(".txt".utf8) + [0]
        let fd = raw.withUnsafeBufferPointer { p in p.baseAddress!.withMemoryRebound(to: CChar.self, capacity: raw.count) { open($0, O_CREAT | O_WRONLY, 0o644) } }
        #expect(fd >= 0)
        _ = Array("At Yokosuk.\n".utf8).withUnsafeBytes { write(fd, $0.baseAddress, $0.count) }
        close(fd)
        // A folder nested past the walk's depth limit.
        let deep = (0...FileWalker.maxDepth).map { _ in "d" }.joined(separator: "/")
        try s.write(deep + "/x.txt", "At Yokosuk.\n")
        // An article with one NUL byte: an error at the NUL, and the rest is still checked.
        let article = String(repeating: "The talks went on for hours. ", count: 20) + "\u{0}" + " The carrier docked at Yokosuk.\n"
        try s.write("nul.txt", article)

        let r = Run(["--rules", rulesPath, "--fail-level", "warning", s.url.path])
        #expect(r.status == ExitCode.findings)
        #expect(r.out.contains("\(bad).txt:1:1: warning: file name is not valid UTF-8; not checked (rename it) [io]"), "\(r.out)")
        #expect(r.out.contains(": warning: folder nested more than \(FileWalker.maxDepth) levels deep; not walked [io]"))
        #expect(r.out.contains("nul.txt:1:581: error: NUL byte (0x00); expected text [encoding]"), "\(r.out)")
        #expect(r.out.contains("nul.txt:1:605: error: 'Yokosuk'"), "\(r.out)")
        #expect(r.err.hasSuffix("(2 skipped)\n"), "\(r.err)")
    }
}
