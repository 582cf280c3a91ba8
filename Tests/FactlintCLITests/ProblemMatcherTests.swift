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
}
