@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// `.factlintignore` is read the way people write it, and a typo in it is an error, never
/// a suppression that silently suppresses nothing.
@Suite struct IgnoreFileTests {
    /// Runs the binary from inside the scratch folder (the ignore file is found from the
    /// current folder; changing this process's would disturb tests running beside it).
    struct Outcome { var status: Int32; var out: String; var err: String }
    func run(_ ignore: [UInt8], _ s: Scratch) throws -> Outcome {
        try s.write("a.txt", "The carrier docked at Yokosuk.\n")
        try Data(ignore).write(to: s.url.appendingPathComponent(".factlintignore"))
        let r = try Subprocess.run(["--rules", rulesPath, "a.txt"], directory: s.url)
        return Outcome(status: r.status, out: String(decoding: r.out, as: UTF8.self), err: r.err)
    }

    @Test func ignoreFileWithBOMMatchesFirstLine() throws {
        let s = try Scratch()
        let r = try run([0xEF, 0xBB, 0xBF] + Array("a.txt name-spelling # wire copy\r\n".utf8), s)
        #expect(r.status == ExitCode.clean && r.out.isEmpty, "\(r.out)\(r.err)")
    }

    @Test func ignoreFileAcceptsTabSeparatedEntries() throws {
        let s = try Scratch()
        let r = try run(Array("a.txt\tname-spelling\t# wire copy\n".utf8), s)
        #expect(r.status == ExitCode.clean && r.out.isEmpty, "\(r.out)\(r.err)")
    }

    @Test func ignoreFileRejectsUnknownRuleIds() throws {
        let s = try Scratch()
        let r = try run(Array("# archive\n*.txt name-speling # wire copy\n".utf8), s)
        #expect(r.status == ExitCode.failure)
        #expect(r.err.contains(".factlintignore:2: unknown rule id 'name-speling'; did you mean 'name-spelling'?"), "\(r.err)")
        #expect(r.out.isEmpty)
    }

    @Test func builtInRuleIdsMayBeIgnored() throws {
        let s = try Scratch()
        #expect(try run(Array("*.txt encoding name-spelling # legacy files\n".utf8), s).status == ExitCode.clean)
    }
}

@Suite struct BaselineCountTests {
    @Test func baselineCountsDoNotOverflow() throws {
        let s = try Scratch()
        try s.write("a.txt", "The carrier docked at Yokosuk.\n")
        let baseline = s.path("baseline.json")
        #expect(Run(["--rules", rulesPath, "--write-baseline", baseline, s.path("a.txt")]).status == ExitCode.clean)
        let recorded = try String(contentsOfFile: baseline, encoding: .utf8)
        // The same entry twice, each with a count near Int.max: the sum would overflow.
        let entry = try #require(recorded.range(of: "\"count\" : 1")).lowerBound
        var json = recorded.replacingOccurrences(of: "\"count\" : 1", with: "\"count\" : \(Int.max)")
        let findings = try #require(json.range(of: "\"findings\" : [\n"))
        let object = recorded[recorded[..<entry].range(of: "{", options: .backwards)!.lowerBound...]
        let one = String(object[...object.range(of: "}")!.lowerBound]).replacingOccurrences(of: "\"count\" : 1", with: "\"count\" : \(Int.max)")
        json.insert(contentsOf: one + ",\n", at: findings.upperBound)
        try json.write(toFile: baseline, atomically: true, encoding: .utf8)
        let r = Run(["--rules", rulesPath, "--baseline", baseline, s.path("a.txt")])
        #expect(r.status == ExitCode.clean && r.out.isEmpty, "\(r.err)")
        try json.replacingOccurrences(of: "\(Int.max)", with: "-3").write(toFile: baseline, atomically: true, encoding: .utf8)
        #expect(Run(["--rules", rulesPath, "--baseline", baseline, s.path("a.txt")]).status == ExitCode.failure)
    }
}
