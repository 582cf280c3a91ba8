@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The built binary, run as a separate process: in a chosen folder (for `.factlintignore`),
/// or as the unprivileged user `nobody` (root may write anywhere).
struct BinaryRun {
    var status: Int32
    var out: String
    var err: String

    init(_ arguments: [String], in folder: URL? = nil, asNobody: Bool = false) throws {
        let binary = root.appendingPathComponent(".build/debug/factlint").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "run swift build first")
        let process = Process()
        if asNobody {
            process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
            process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary] + arguments
        } else {
            process.executableURL = URL(fileURLWithPath: binary)
            process.arguments = arguments
        }
        if let folder { process.currentDirectoryURL = folder }
        let outPipe = Pipe(), errPipe = Pipe()
        process.standardOutput = outPipe
        process.standardError = errPipe
        try process.run()
        let outData = outPipe.fileHandleForReading.readDataToEndOfFile()
        let errData = errPipe.fileHandleForReading.readDataToEndOfFile()
        process.waitUntilExit()
        status = process.terminationStatus
        out = String(decoding: outData, as: UTF8.self)
        err = String(decoding: errData, as: UTF8.self)
    }
}

func fileInfo(_ path: String) -> stat {
    var info = stat()
    lstat(path, &info)
    return info
}

/// `--fix` never damages, loses or exposes text, and never writes anywhere but the article.
@Suite struct FixSafetyTests {
    static let wrong = "Signed by a Gulf star.\n"
    static let right = "Signed by a golf star.\n"

    @Test func fixTempFileIsNotPredictable() throws {
        let scratch = try Scratch()
        try scratch.write("articles/a.txt", Self.wrong)
        try scratch.write("victim.txt", "untouched\n")
        // Links at the names the temporary file used to have (".NAME.factlint-PID.tmp").
        for name in [".a.txt.factlint-\(getpid()).tmp", ".a.txt.factlint-\(getpid() + 1).tmp"] {
            try FileManager.default.createSymbolicLink(atPath: scratch.path("articles/" + name), withDestinationPath: scratch.path("victim.txt"))
        }
        var seen: [String] = []
        var rewriter = ArticleRewrite(paths: [scratch.path("articles")])
        rewriter.willRename = { path in
            let folder = ArticleRewrite.folder(of: path)
            seen += ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? []).filter { $0.hasPrefix(".factlint-") }
        }
        for _ in 0..<2 {
            try scratch.write("articles/a.txt", Self.wrong)
            let outcome = fixAll(scratch.path("articles/a.txt"), with: rewriter)
            #expect(outcome.errors.isEmpty && outcome.fixes == 1)
        }
        #expect(seen.count == 2 && seen[0] != seen[1], "a new random name each time: \(seen)")
        for name in seen { #expect(name.wholeMatch(of: /\.factlint-[0-9a-f]+\.tmp/) != nil, "\(name)") }
        #expect(try scratch.read("victim.txt") == Array("untouched\n".utf8))
        #expect(try scratch.read("articles/a.txt") == Array(Self.right.utf8))
        try scratch.write("articles/a.txt", Self.wrong)
        #expect(Run(["--rules", rulesPath, "--fix", scratch.path("articles/a.txt")]).err.contains("fixed 1 finding"))
        #expect(try scratch.read("victim.txt") == Array("untouched\n".utf8), "the command never writes through a planted link")
        let left = try FileManager.default.contentsOfDirectory(atPath: scratch.path("articles")).sorted()
        #expect(left == [".a.txt.factlint-\(getpid()).tmp", ".a.txt.factlint-\(getpid() + 1).tmp", "a.txt"], "no temporary file left")
    }

    @Test func fixNeverWritesThroughSymlinks() throws {
        let scratch = try Scratch()
        try scratch.write("outside/secret.txt", Self.wrong)
        try scratch.write("tree/real.txt", Self.wrong)
        try FileManager.default.createSymbolicLink(atPath: scratch.path("tree/link.txt"), withDestinationPath: scratch.path("outside/secret.txt"))
        try FileManager.default.createSymbolicLink(atPath: scratch.path("tree/inside.txt"), withDestinationPath: "real.txt")
        let run = Run(["--rules", rulesPath, "--fix", scratch.path("tree/link.txt"), scratch.path("tree/inside.txt")])
        #expect(run.err.contains("tree/link.txt: is a symbolic link; not rewritten"))
        #expect(try scratch.read("outside/secret.txt") == Array(Self.wrong.utf8), "a link's target outside the tree is never written")
        for link in ["tree/link.txt", "tree/inside.txt"] {
            #expect(fileInfo(scratch.path(link)).st_mode & 0o170000 == 0o120000, "\(link) is still a link")
        }
        #expect(run.out.contains("'Gulf star' should be 'golf star'"), "findings in a link are still reported")

        // A folder linked out of the tree: nothing beyond the link is written.
        try FileManager.default.createSymbolicLink(atPath: scratch.path("tree/away"), withDestinationPath: scratch.path("outside"))
        _ = Run(["--rules", rulesPath, "--fix", scratch.path("tree")])
        #expect(try scratch.read("outside/secret.txt") == Array(Self.wrong.utf8))
        #expect(try scratch.read("tree/real.txt") == Array(Self.right.utf8), "the real article is fixed")
    }

    @Test func fixLeavesHardLinkedFilesAlone() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", Self.wrong)
        try FileManager.default.linkItem(atPath: scratch.path("a.txt"), toPath: scratch.path("b.txt"))
        let run = Run(["--rules", rulesPath, "--fix", scratch.path("a.txt")])
        #expect(run.err.contains("a.txt: has 2 hard links, which a rewrite would split; not rewritten (edit it by hand)"))
        #expect(fileInfo(scratch.path("a.txt")).st_ino == fileInfo(scratch.path("b.txt")).st_ino, "still one file")
        #expect(try scratch.read("a.txt") == Array(Self.wrong.utf8))
        #expect(run.status == ExitCode.findings, "a refusal is a warning; the finding is still reported")
    }

    @Test func fixLeavesReadOnlyFilesAlone() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", Self.wrong)
        try scratch.write("b.txt", Self.wrong)
        try FileManager.default.setAttributes([.posixPermissions: 0o444], ofItemAtPath: scratch.path("a.txt"))
        let run = Run(["--rules", rulesPath, "--fix", scratch.url.path])
        #expect(run.err.contains("factlint: warning: \(scratch.path("a.txt")): is read-only; not rewritten\n"))
        #expect(try scratch.read("a.txt") == Array(Self.wrong.utf8))
        #expect(try scratch.read("b.txt") == Array(Self.right.utf8))
        #expect(fileInfo(scratch.path("a.txt")).st_mode & 0o777 == 0o444)
    }

    @Test func fixKeepsOwnerAndMode() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", Self.wrong)
        let path = scratch.path("a.txt")
        chmod(path, 0o640)
        let owner = geteuid() == 0 ? uid_t(65534) : geteuid()
        let group = geteuid() == 0 ? gid_t(65534) : getegid()
        if geteuid() == 0 { #expect(chown(path, owner, group) == 0) }
        let before = fileInfo(path)
        let run = Run(["--rules", rulesPath, "--fix", path])
        #expect(run.err.contains("fixed 1 finding in 1 file"))
        let after = fileInfo(path)
        #expect(try scratch.read("a.txt") == Array(Self.right.utf8))
        #expect(after.st_ino != before.st_ino, "replaced by a rename")
        #expect(after.st_uid == owner && after.st_gid == group)
        #expect(after.st_mode & 0o7777 == 0o640)
    }

    @Test func fixChecksEachFileJustBeforeWriting() throws {
        let scratch = try Scratch()
        try scratch.write("a.txt", Self.wrong)
        try scratch.write("b.txt", Self.wrong)
        let result = try check([scratch.path("a.txt"), scratch.path("b.txt")])
        // While a.txt is being fixed, someone saves b.txt, then a.txt itself on a second pass.
        var rewriter = ArticleRewrite(paths: [scratch.url.path])
        let edited = "Signed by a Gulf star, as edited meanwhile.\n"
        rewriter.willRename = { path in
            if path.hasSuffix("a.txt") { try? scratch.write("b.txt", edited) }
        }
        let files = Fixer.fixes(of: result.diagnostics, all: result.diagnostics)
        let outcome = Fixer.apply(files, digests: result.digests, with: rewriter)
        #expect(try scratch.read("a.txt") == Array(Self.right.utf8))
        #expect(try scratch.read("b.txt") == Array(edited.utf8), "the edit saved after the check is kept")
        #expect(outcome.errors == ["\(scratch.path("b.txt")): changed since it was checked; not fixed"])

        try scratch.write("a.txt", Self.wrong)
        let again = try check([scratch.path("a.txt")])
        rewriter.willRename = { _ in try? scratch.write("a.txt", edited) }
        let second = Fixer.apply(Fixer.fixes(of: again.diagnostics, all: again.diagnostics), digests: again.digests, with: rewriter)
        #expect(second.errors == ["\(scratch.path("a.txt")): changed since it was checked; not fixed"])
        #expect(try scratch.read("a.txt") == Array(edited.utf8), "an edit saved while the temporary file was written is kept")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.url.path).sorted() == ["a.txt", "b.txt"], "the temporary file is removed")
    }

    @Test func oneUnwritableFileDoesNotStopTheOthers() throws {
        let scratch = try Scratch()
        try scratch.write("articles/locked/a.txt", Self.wrong)
        try scratch.write("articles/open/b.txt", Self.wrong)
        let rules = scratch.path("rules")
        try FileManager.default.copyItem(atPath: rulesPath, toPath: rules)
        let asNobody = geteuid() == 0
        if asNobody {
            // nobody owns the articles, but may not create files in the locked folder.
            for path in ["articles", "articles/open", "articles/open/b.txt", "articles/locked/a.txt"] {
                #expect(chown(scratch.path(path), 65534, 65534) == 0)
            }
        }
        chmod(scratch.path("articles/locked"), 0o555)
        defer { chmod(scratch.path("articles/locked"), 0o755) }
        let run = try BinaryRun(["--rules", rules, "--fix", scratch.path("articles")], asNobody: asNobody)
        #expect(run.status == ExitCode.failure)
        #expect(run.err.contains("locked/a.txt: cannot fix: cannot create a temporary file beside it: permission denied"), "\(run.err)")
        #expect(try scratch.read("articles/open/b.txt") == Array(Self.right.utf8), "the other file is fixed")
        #expect(try scratch.read("articles/locked/a.txt") == Array(Self.wrong.utf8))
        #expect(run.out.contains("locked/a.txt:1:13: error: 'Gulf star' should be 'golf star'"), "its finding is still reported")
        #expect(try FileManager.default.contentsOfDirectory(atPath: scratch.path("articles/locked")) == ["a.txt"])
    }

    @Test func fixSkipsSuppressedFindings() throws {
        let scratch = try Scratch()
        try scratch.write("drafts/a.txt", Self.wrong)
        try scratch.write("b.txt", Self.wrong)
        try scratch.write("c.txt", Self.wrong)
        try scratch.write(".factlintignore", "drafts/*.txt name-spelling # copy edit fixes drafts\n")
        let baseline = scratch.path("baseline.json")
        #expect(try BinaryRun(["--rules", rulesPath, "--write-baseline", baseline, "b.txt"], in: scratch.url).status == ExitCode.clean)
        for mode in ["--diff", "--fix"] {
            let run = try BinaryRun(["--rules", rulesPath, mode, "--baseline", baseline, "drafts", "b.txt", "c.txt"], in: scratch.url)
            if mode == "--diff" {
                #expect(run.out.hasPrefix("--- c.txt\n+++ c.txt\n") && !run.out.contains("a.txt") && !run.out.contains("b.txt"), "\(run.out)")
            }
        }
        #expect(try scratch.read("drafts/a.txt") == Array(Self.wrong.utf8), "hidden by .factlintignore")
        #expect(try scratch.read("b.txt") == Array(Self.wrong.utf8), "hidden by the baseline")
        #expect(try scratch.read("c.txt") == Array(Self.right.utf8))
    }

    func check(_ paths: [String]) throws -> CheckResult {
        var engine = Engine(ruleSet: try RuleLoader.load(directory: URL(fileURLWithPath: rulesPath)), workers: 1)
        engine.recordDigests = true
        return engine.check(paths.map { Source(path: $0) })
    }

    func fixAll(_ path: String, with rewriter: ArticleRewrite) -> Fixer.Outcome {
        guard let result = try? check([path]) else { return Fixer.Outcome() }
        return Fixer.apply(Fixer.fixes(of: result.diagnostics, all: result.diagnostics), digests: result.digests, with: rewriter)
    }
}
