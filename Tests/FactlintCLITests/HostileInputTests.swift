import FactlintCLI
import FactlintCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Bad input never crashes factlint, never loses text, never hangs: each case asserts the
/// exact behaviour (finding or error, exit code, nothing printed as if the run were clean).
@Suite struct HostileFileTests {
    /// A names-only rule folder: cheap, so the huge-file cases stay quick in debug builds.
    static let namesRules: String = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-names-rules-\(getpid())")
        try? FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try? "{ kind: 'names', names: ['Yokosuka', 'Sanae Takaichi'] }".write(to: folder.appendingPathComponent("names.json5"), atomically: true, encoding: .utf8)
        return folder.path
    }()

    func run(_ scratch: Scratch, _ name: String, rules: String = rulesPath) -> Run {
        Run(["--rules", rules, scratch.path(name)])
    }

    @Test func emptyFile() throws {
        let s = try Scratch()
        try s.write("empty.txt", "")
        let r = run(s, "empty.txt")
        #expect(r.status == ExitCode.clean && r.out.isEmpty && r.err == "0 errors, 0 warnings, 0 notes in 1 file\n")
    }

    @Test func whitespaceOnlyFile() throws {
        let s = try Scratch()
        try s.write("blank.txt", " \n\t\n\r\n   \u{00A0}\u{2003}\n")
        #expect(run(s, "blank.txt").status == ExitCode.clean)
    }

    @Test func singleFiftyMegabyteLine() throws {
        let s = try Scratch()
        let line = String(repeating: "word ", count: 10_000_000) + "Yokosuk"
        try s.write("long.txt", line)
        let r = run(s, "long.txt", rules: Self.namesRules)
        #expect(r.out == "\(s.path("long.txt")):1:50000001: error: 'Yokosuk' looks like a misspelling of 'Yokosuka' [names]\n")
        #expect(r.status == ExitCode.findings)
    }

    @Test func aMillionShortLines() throws {
        let s = try Scratch()
        try s.write("lines.txt", String(repeating: "a b\n", count: 1_000_000) + "At Yokosuk.\n")
        let r = run(s, "lines.txt", rules: Self.namesRules)
        #expect(r.out.contains("\(s.path("lines.txt")):1000001:4: error: 'Yokosuk'"))
    }

    @Test func invalidUTF8InTheMiddleOfAName() throws {
        let s = try Scratch()
        let bytes = Array("Prime Minister Taka".utf8) + [0xFF] + Array("ichi met Yokosuk officials.\n".utf8)
        try Data(bytes).write(to: s.url.appendingPathComponent("bad.txt"))
        let r = run(s, "bad.txt", rules: Self.namesRules)
        #expect(r.out.contains("bad.txt:1:20: error: invalid UTF-8 byte 0xFF; expected UTF-8 text [encoding]"))
        #expect(r.out.contains("bad.txt:1:30: error: 'Yokosuk' looks like a misspelling of 'Yokosuka' [names]"), "the rest is still checked")
        #expect(r.status == ExitCode.findings)
        #expect(Run(["--rules", Self.namesRules, "--fix", s.path("bad.txt")]).status == ExitCode.findings)
        #expect(try s.read("bad.txt") == bytes, "a file with invalid bytes is never rewritten")
    }

    @Test func utf16WithByteOrderMark() throws {
        let s = try Scratch()
        var bytes: [UInt8] = [0xFF, 0xFE]
        for unit in "At Yokosuk.".utf16 { bytes += [UInt8(unit & 0xFF), UInt8(unit >> 8)] }
        try Data(bytes).write(to: s.url.appendingPathComponent("utf16.txt"))
        let r = run(s, "utf16.txt")
        #expect(r.out == "\(s.path("utf16.txt")):1:1: warning: file is UTF-16; factlint checks UTF-8 text only, so it was skipped [encoding]\n")
        #expect(r.status == ExitCode.clean)
    }

    @Test func mostlyNulBytesMeansBinarySkippedWithAWarning() throws {
        let s = try Scratch()
        try Data(Array("At Yokosuk.".utf8) + [0, 1, 2]).write(to: s.url.appendingPathComponent("bin.txt"))
        let r = run(s, "bin.txt")
        #expect(r.out == "\(s.path("bin.txt")):1:12: warning: binary file (NUL bytes) skipped [encoding]\n")
        #expect(r.status == ExitCode.clean)
        #expect(Run(["--rules", rulesPath, "--fail-level", "warning", s.path("bin.txt")]).status == ExitCode.findings, "a skipped file is visible to --fail-level")
    }

    @Test func directorySymlinkLoop() throws {
        let s = try Scratch()
        try s.write("a/article.txt", "At Yokosuk.\n")
        try FileManager.default.createSymbolicLink(atPath: s.path("a/loop"), withDestinationPath: s.path("a"))
        let r = Run(["--rules", rulesPath, s.url.path])
        #expect(r.status == ExitCode.findings)
        #expect(r.out.components(separatedBy: "'Yokosuk'").count == 2, "checked once, not once per loop")
    }

    @Test func unreadableFileIsAnError() throws {
        let s = try Scratch()
        try s.write("secret.txt", "At Yokosuk.\n")
        try FileManager.default.setAttributes([.posixPermissions: 0o000], ofItemAtPath: s.path("secret.txt"))
        try FileManager.default.setAttributes([.posixPermissions: 0o755], ofItemAtPath: s.url.path)
        if geteuid() != 0 {
            let r = run(s, "secret.txt")
            #expect(r.status == ExitCode.failure && r.err.contains("secret.txt: cannot read: permission denied"))
            return
        }
        // As root every file is readable: run the binary as nobody to meet a real EACCES.
        let binary = root.appendingPathComponent(".build/debug/factlint").path
        try #require(FileManager.default.isExecutableFile(atPath: binary), "run swift build first")
        let copy = s.path("rules")
        try FileManager.default.copyItem(atPath: rulesPath, toPath: copy)
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/setpriv")
        process.arguments = ["--reuid=65534", "--regid=65534", "--clear-groups", binary, "--rules", copy, s.path("secret.txt")]
        let err = Pipe(), out = Pipe()
        process.standardError = err
        process.standardOutput = out
        try process.run()
        process.waitUntilExit()
        let message = String(decoding: err.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(process.terminationStatus == ExitCode.failure)
        #expect(message.contains("secret.txt: cannot read: permission denied"), "\(message)")
        #expect(out.fileHandleForReading.readDataToEndOfFile().isEmpty)
    }

    @Test func pathThatDoesNotExist() {
        let r = Run(["--rules", rulesPath, "/no/such/article.txt"])
        #expect(r.status == ExitCode.failure && r.out.isEmpty && r.err == "factlint: /no/such/article.txt: no such file or folder\n")
    }

    @Test func fileDeletedBetweenListingAndReading() throws {
        let s = try Scratch()
        try s.write("kept.txt", "At Yokosuk.\n")
        // The engine is handed a listing in which one file has since disappeared.
        let ruleSet = try RuleLoader.load(directory: URL(fileURLWithPath: rulesPath))
        let result = Engine(ruleSet: ruleSet).check([Source(path: s.path("gone.txt")), Source(path: s.path("kept.txt"))])
        #expect(result.failures == ["\(s.path("gone.txt")): cannot read: no such file"])
        #expect(result.diagnostics.contains { $0.location.path == s.path("kept.txt") }, "other files are still checked")
        #expect(result.filesChecked == 1)
    }

    @Test func namesWithSpacesAndNonASCII() throws {
        let s = try Scratch()
        try s.write("dossier été/東京 report.txt", "At Yokosuk.\n")
        let r = Run(["--rules", rulesPath, s.url.path])
        #expect(r.out.hasPrefix("\(s.path("dossier été/東京 report.txt")):1:4: error: 'Yokosuk'"))
    }
}

@Suite struct HostileTextTests {
    func findings(_ text: String) -> [Diagnostic] {
        Engine(ruleSet: shippedRuleSetForCLI, workers: 1).check(texts: [("t.txt", text)]).diagnostics
    }

    @Test func unbalancedQuotationMarks() {
        let d = findings("He said “this never closes. She said \"neither\" does ‘this. And ” stray ’ marks. At Yokosuk.")
        #expect(d.map(\.message) == ["'Yokosuk' looks like a misspelling of 'Yokosuka'"])
    }

    @Test func aQuotationOfTenThousandWords() {
        let quote = (0..<10_000).map { "word\($0 % 97)" }.joined(separator: " ")
        let texts = [("a.txt", "“\(quote)” he said."), ("b.txt", "“\(quote) extra” he said.")]
        let result = Engine(ruleSet: shippedRuleSetForCLI, workers: 2).check(texts: texts)
        #expect(result.diagnostics.allSatisfy { ["quote-drift", "page-furniture", "corpus-quotes", "boilerplate"].contains($0.ruleID) })
    }

    @Test func aHundredThousandNumbersInARow() {
        let text = (0..<100_000).map { "\($0)" }.joined(separator: " ") + " $550 pledge. At Yokosuk."
        #expect(findings(text).contains { $0.message.hasPrefix("'Yokosuk'") })
    }

    @Test func nestedBrackets() {
        let text = String(repeating: "([{“‘", count: 5_000) + "At Yokosuk." + String(repeating: "’”}])", count: 5_000)
        #expect(findings(text).contains { $0.message.hasPrefix("'Yokosuk'") })
    }

    @Test func everyUnicodeSpaceAndDash() {
        let spaces = ["\u{00A0}", "\u{1680}", "\u{2000}", "\u{2001}", "\u{2002}", "\u{2003}", "\u{2004}", "\u{2005}", "\u{2006}",
                      "\u{2007}", "\u{2008}", "\u{2009}", "\u{200A}", "\u{202F}", "\u{205F}", "\u{3000}", "\u{200B}", "\u{FEFF}"]
        let dashes = ["-", "\u{2010}", "\u{2011}", "\u{2012}", "\u{2013}", "\u{2014}", "\u{2015}", "\u{2212}", "\u{FE58}", "\u{FF0D}"]
        for space in spaces {
            let d = findings("Docked at\(space)Yokosuk.")
            #expect(d.contains { $0.message.hasPrefix("'Yokosuk'") && $0.location.column == 11 }, "space U+\(String(space.unicodeScalars.first!.value, radix: 16))")
        }
        for dash in dashes {
            #expect(findings("Tokyo\(dash)Yokosuk\(dash)pact").contains { $0.message.hasPrefix("'Yokosuk'") && $0.location.column == 7 })
        }
    }

    @Test func rightToLeftText() {
        let d = findings("قال المسؤولون إن السفينة رست في Yokosuk اليوم. הם אמרו שלום.")
        #expect(d.first { $0.message.hasPrefix("'Yokosuk'") }?.location.column == 33)
    }

    @Test func combiningCharactersAndEmojiBeforeAFinding() {
        // "é" as e + U+0301 is two scalars; 👍🏽 is two; 👨‍👩‍👧 is five (three people, two joiners).
        let d = findings("Cafe\u{0301} 👍🏽 👨‍👩‍👧 at Yokosuk.")
        #expect(d.first { $0.message.hasPrefix("'Yokosuk'") }?.location.column == 19)
    }
}

/// The shipped rules, loaded once for in-process checks.
let shippedRuleSetForCLI: RuleSet = try! RuleLoader.load(directory: URL(fileURLWithPath: rulesPath))
