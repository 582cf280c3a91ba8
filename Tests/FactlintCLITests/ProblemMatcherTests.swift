import FactlintCLI
import Foundation
import Testing

/// The problem matcher in .github/ must read real factlint output: its regular
/// expressions, applied as the Actions runner applies them, give back file, line, column,
/// severity, message and rule id of every error and warning. `note:` lines (related
/// locations and note findings) are left alone: GitHub allows 10 annotations of each kind a
/// step, which belong to findings; `--format github` folds related locations into the message.
@Suite struct ProblemMatcherTests {
    struct Matcher {
        var owner: String
        var severity: String?
        var regex: Regex<AnyRegexOutput>
        var groups: [String: Int]
    }

    func matchers() throws -> [Matcher] {
        let data = try Data(contentsOf: root.appendingPathComponent(".github/factlint-matcher.json"))
        let json = try #require(try JSONSerialization.jsonObject(with: data) as? [String: Any])
        let list = try #require(json["problemMatcher"] as? [[String: Any]])
        return try list.map { m in
            let pattern = try #require((m["pattern"] as? [[String: Any]])?.first)
            var groups: [String: Int] = [:]
            for key in ["file", "line", "column", "severity", "message", "code"] { groups[key] = pattern[key] as? Int }
            return Matcher(owner: m["owner"] as! String, severity: m["severity"] as? String,
                           regex: try Regex(pattern["regexp"] as! String), groups: groups)
        }
    }

    @Test func matcherReadsEveryLineOfRealOutput() throws {
        let run = Run(["--rules", rulesPath, root.appendingPathComponent("fixtures").path])
        let matchers = try matchers()
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.count > 10)
        for line in lines {
            let hits = matchers.compactMap { m in (try? m.regex.wholeMatch(in: line)).flatMap { $0 }.map { (m, $0) } }
            let isNote = line.contains(": note: ")
            #expect(hits.count == (isNote ? 0 : 1), "\(isNote ? "no" : "exactly one") matcher should take: \(line)")
            guard let (m, match) = hits.first else { continue }
            func group(_ name: String) -> String? {
                guard let i = m.groups[name], let sub = match.output[i].substring else { return nil }
                return String(sub)
            }
            // The line, split by hand, must agree with the matcher's groups.
            let parts = line.split(separator: ":", maxSplits: 4, omittingEmptySubsequences: false).map(String.init)
            #expect(group("file") == parts[0])
            #expect(group("line") == parts[1])
            #expect(group("column") == parts[2])
            let severity = group("severity") ?? m.severity
            let rest = parts[3].trimmingCharacters(in: .whitespaces)
            #expect(severity == (rest == "note" ? "notice" : rest))
            let rule = try #require(line.split(separator: "[").last.map { String($0.dropLast()) })
            #expect(group("code") == rule)
            #expect(group("message").map { line.contains(": \($0) [\(rule)]") } == true)
        }
    }

    @Test func notesAreNotAnnotations() throws {
        let m = try matchers()
        #expect(m.map(\.owner) == ["factlint"])
        #expect((try? m[0].regex.wholeMatch(in: "a.txt:1:2: note: x [r]")).flatMap { $0 } == nil)
    }

    @Test func githubFormatFoldsRelatedLocationsIntoTheMessage() throws {
        let run = Run(["--rules", rulesPath, "--format", "github", root.appendingPathComponent("fixtures").path])
        let lines = run.out.split(separator: "\n")
        let compiler = Run(["--rules", rulesPath, root.appendingPathComponent("fixtures").path]).out
        let findings = compiler.split(separator: "\n").filter { !$0.contains(": note: ") }.count
        #expect(lines.filter { $0.hasPrefix("::error ") || $0.hasPrefix("::warning ") }.count == findings)
        #expect(lines.contains { $0.contains("%0A") }, "related locations are folded into a message")
    }

    @Test func pathsWithColonsParseWithTheMatcher() throws {
        let s = try Scratch()
        try s.write("Analysis: Trump in Tokyo.txt", "The carrier docked at Yokosuk.\n")
        try s.write("10:30 briefing.txt", "The carrier docked at Yokosuk.\n")
        let run = Run(["--rules", rulesPath, s.url.path])
        let lines = run.out.split(separator: "\n").map(String.init)
        #expect(lines.count == 2)
        let m = try matchers()[0]
        for (line, name) in zip(lines, ["10:30 briefing.txt", "Analysis: Trump in Tokyo.txt"]) {
            let match = try #require(try m.regex.wholeMatch(in: line), "\(line)")
            #expect(match.output[1].substring.map(String.init) == s.path(name))
            #expect(match.output[2].substring == "1" && match.output[3].substring == "23")
            #expect(match.output[6].substring == "name-spelling")
        }
    }

    @Test func pathsCannotInjectWorkflowCommands() throws {
        let s = try Scratch()
        try s.write("a\n::error file=x.txt::pwned\n.txt", "The carrier docked at Yokosuk.\n")
        try s.write("x\r::stop-commands::t\u{1B}[2J.txt", "The carrier docked at Yokosuk.\n")
        let run = Run(["--rules", rulesPath, s.url.path])
        let lines = run.out.split(omittingEmptySubsequences: false, whereSeparator: \.isNewline).map(String.init).filter { !$0.isEmpty }
        #expect(lines.count == 2, "one line per finding: \(lines)")
        for line in lines {
            #expect(!line.hasPrefix("::"))
            #expect(!line.unicodeScalars.contains { $0.value < 0x20 }, "no control character: \(line.debugDescription)")
            #expect(try matchers()[0].regex.wholeMatch(in: line) != nil, "the matcher still reads it: \(line)")
        }
        #expect(lines.contains { $0.contains("a\\x0A::error file=x.txt::pwned\\x0A.txt:1:23: error:") })
        #expect(lines.contains { $0.contains("x\\x0D::stop-commands::t\\x1B[2J.txt:1:23: error:") })
        // Error messages on stderr escape the path the same way.
        let missing = Run(["--rules", rulesPath, "gone\n::error::x.txt"])
        #expect(missing.err == "factlint: gone\\x0A::error::x.txt: no such file or folder\n")
        // A relative path that starts with "::" is printed as "./::…", the same file.
        let pre = try Scratch()
        try pre.write("::warning::x.txt", "The carrier docked at Yokosuk.\n")
        let relative = try Subprocess.run(["--rules", rulesPath, "::warning::x.txt"], directory: pre.url)
        #expect(String(decoding: relative.out, as: UTF8.self) == "./::warning::x.txt:1:23: error: 'Yokosuk' looks like a misspelling of 'Yokosuka' [name-spelling]\n")
    }
}
