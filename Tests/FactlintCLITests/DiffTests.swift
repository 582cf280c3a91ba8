@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// `--diff` shows exactly what `--fix` writes, as a patch that `patch -p0` and
/// `git apply -p0` apply: across line breaks, in CRLF files, after a byte order mark,
/// and at the end of a file without a final newline.
@Suite struct DiffTests {
    static let files: [(String, String)] = [
        ("a.txt", "The shipyard deal in Osaka is worth $120 billion, officials said.\n"),
        ("wrapped.txt", "Officials said\nthe shipyard deal in Osaka is worth 120\ndollars, officials said.\n"),
        ("crlf.txt", "First line.\r\nSigned by a Gulf star.\r\nLast line.\r\n"),
        ("bom.txt", "\u{FEFF}Signed by a Gulf star.\nMore.\n"),
        ("open.txt", "First.\nSigned by a Gulf star."),
        ("far.txt", (1...14).map { $0 == 2 || $0 == 13 ? "Line \($0), a Gulf star.\n" : "Line \($0).\n" }.joined()),
        ("near.txt", (1...6).map { $0 == 2 || $0 == 5 ? "Line \($0), a Gulf star.\n" : "Line \($0).\n" }.joined()),
    ]

    func folder(_ scratch: Scratch, _ name: String) throws -> URL {
        for (file, text) in Self.files { try scratch.write("\(name)/\(file)", text) }
        return scratch.url.appendingPathComponent(name)
    }

    func tool(_ path: String, _ arguments: [String], in folder: URL, input: String) throws -> Int32 {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: path)
        process.arguments = arguments
        process.currentDirectoryURL = folder
        let pipe = Pipe()
        process.standardInput = pipe
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        pipe.fileHandleForWriting.write(Data(input.utf8))
        try pipe.fileHandleForWriting.close()
        process.waitUntilExit()
        return process.terminationStatus
    }

    func contents(_ folder: URL) throws -> [String: [UInt8]] {
        var all: [String: [UInt8]] = [:]
        for (file, _) in Self.files { all[file] = [UInt8](try Data(contentsOf: folder.appendingPathComponent(file))) }
        return all
    }

    @Test func diffHandlesFixAcrossLineBreak() throws {
        let scratch = try Scratch()
        let shown = try folder(scratch, "shown")
        let run = try BinaryRun(["--rules", rulesPath, "--diff", "."], in: shown)
        #expect(run.status == ExitCode.findings, "\(run.err)")
        #expect(run.err.hasSuffix("8 fixes in 6 files\n"), "\(run.err)")
        #expect(run.out.contains("""
            --- wrapped.txt
            +++ wrapped.txt
            @@ -1,3 +1,3 @@
             Officials said
            -the shipyard deal in Osaka is worth 120
            -dollars, officials said.
            +the shipyard deal in Osaka is worth 120 billion
            +dollars, officials said.

            """), "\(run.out)")
        #expect(run.out.contains("-Signed by a Gulf star.\n\\ No newline at end of file\n+Signed by a golf star.\n\\ No newline at end of file\n"))
        #expect(run.out.contains("@@ -1,5 +1,5 @@\n Line 1.\n-Line 2, a Gulf star.\n+Line 2, a golf star.\n Line 3.\n Line 4.\n Line 5.\n"))
        #expect(run.out.contains("@@ -10,5 +10,5 @@\n Line 10.\n Line 11.\n Line 12.\n-Line 13, a Gulf star.\n"), "far fixes get their own hunks")

        let fixed = try folder(scratch, "fixed")
        _ = try BinaryRun(["--rules", rulesPath, "--fix", "."], in: fixed)
        let expected = try contents(fixed)
        #expect(expected != (try contents(shown)))

        let patched = try folder(scratch, "patched")
        #expect(try tool("/usr/bin/env", ["patch", "-p0", "--quiet"], in: patched, input: run.out) == 0)
        #expect(try contents(patched) == expected, "patch -p0 writes what --fix writes")

        let applied = try folder(scratch, "applied")
        #expect(try tool("/usr/bin/env", ["git", "init", "-q", "."], in: applied, input: "") == 0)
        #expect(try tool("/usr/bin/env", ["git", "apply", "-p0", "-"], in: applied, input: run.out) == 0)
        #expect(try contents(applied) == expected, "git apply -p0 writes what --fix writes")
    }

    /// Random fixes, some inserting or removing line breaks, on random texts: the diff
    /// applied by `patch` gives exactly the plan's result.
    @Test func diffOfAnyPlanAppliesToItsResult() throws {
        var rng = FixPropertyGenerator(state: 15)
        let scratch = try Scratch()
        let pieces = ["word", " ", "\n", "\r\n", "\u{FEFF}", "é", "\n\n"]
        for round in 0..<40 {
            let text = (0..<Int.random(in: 1...40, using: &rng)).map { _ in pieces.randomElement(using: &rng)! }.joined()
            let bytes = Array(text.utf8)
            var fixes: [Fix] = []
            var position = 0
            while position < bytes.count, fixes.count < 4 {
                let start = Int.random(in: position...bytes.count, using: &rng)
                let end = Int.random(in: start...min(bytes.count, start + 6), using: &rng)
                // Keep UTF-8 whole: fixes start and end on scalar boundaries.
                guard start == bytes.count || bytes[start] & 0xC0 != 0x80, end == bytes.count || bytes[end] & 0xC0 != 0x80 else { position = end + 1; continue }
                fixes.append(Fix(byteRange: start..<end, text: ["X", "", "\n", "Y\nZ", "\r\n"].randomElement(using: &rng)!))
                position = end + 1
            }
            let plan = FixPlan(bytes: bytes, fixes: fixes)
            let name = "r\(round).txt"
            try Data(bytes).write(to: scratch.url.appendingPathComponent(name))
            let diff = plan.unifiedDiff(path: name)
            if plan.result == bytes { continue }
            #expect(try tool("/usr/bin/env", ["patch", "-p0", "--quiet"], in: scratch.url, input: diff) == 0, "round \(round): \(diff)")
            #expect(try scratch.read(name) == plan.result, "round \(round): \(diff)")
        }
    }
}

struct FixPropertyGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
        return state ^ (state >> 29)
    }
}
