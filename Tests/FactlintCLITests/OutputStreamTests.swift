import FactlintCLI
import Foundation
import Testing

/// Stdout that cannot take the output is an error with a message (exit 2), never a trap;
/// a reader that stops reading ends the run quietly.
@Suite struct OutputStreamTests {
    /// Enough findings (about 2 MB of output) to fill any pipe buffer.
    func manyFindings() throws -> Scratch {
        let s = try Scratch()
        try s.write("many.txt", String(repeating: "The carrier docked at Yokosuk.\n", count: 20_000))
        return s
    }

    @Test func fullStdoutExitsTwoWithAMessage() throws {
        let s = try manyFindings()
        let run = try Subprocess.run(["--rules", rulesPath, s.path("many.txt")], shell: "eval \"$FACTLINT\" > /dev/full")
        #expect(run.status == ExitCode.failure)
        #expect(run.err.hasPrefix("factlint: cannot write output: No space left on device"), "\(run.err)")
    }

    @Test func closedStdoutExitsTwoWithAMessage() throws {
        let s = try manyFindings()
        let run = try Subprocess.run(["--rules", rulesPath, s.path("many.txt")], shell: "eval \"$FACTLINT\" >&-")
        #expect(run.status == ExitCode.failure)
        #expect(run.err.hasPrefix("factlint: cannot write output: stdout is closed"), "\(run.err)")
    }

    @Test func readerThatStopsEndsTheRunQuietly() throws {
        let s = try manyFindings()
        let status = s.path("status")
        let run = try Subprocess.run(["--rules", rulesPath, "-q", s.path("many.txt")],
                                     shell: "{ eval \"$FACTLINT\"; echo $? > '\(status)'; } | head -c 100")
        #expect(run.out.count == 100)
        #expect(run.err.isEmpty, "nothing on stderr: \(run.err)")
        let code = try String(contentsOfFile: status, encoding: .utf8).trimmingCharacters(in: .whitespacesAndNewlines)
        #expect(code == "141", "ended by SIGPIPE like any Unix tool, not a trap (132/133/134): \(code)")
    }
}
