@testable import FactlintCLI
import FactlintCore
import Foundation
import Testing

/// What `--fix` may change unattended, and what it only suggests.
@Suite struct FixPolicyTests {
    /// A gazetteer whose names have real look-alikes one letter away.
    static let names: RuleSet = {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-policy-rules-\(UUID())")
        try! FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        try! "{ kind: 'names', names: ['Toyota', 'Hamas', 'Tokyo', 'Yokosuka', 'Solano', 'Takaichi'], swaps: { 'Gulf star': 'golf star' } }"
            .write(to: folder.appendingPathComponent("names.json5"), atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: folder) }
        return try! RuleLoader.load(directory: folder)
    }()

    /// Each found word's fix, keyed by the word as written (one finding per word in these texts).
    func fixes(_ texts: [String], rules: RuleSet = names) -> [String: Fix] {
        let documents = texts.enumerated().map { (path: "doc\($0.offset).txt", text: $0.element) }
        var found: [String: Fix] = [:]
        for d in Engine(ruleSet: rules, workers: 1).check(texts: documents).diagnostics {
            guard let fix = d.fix, let text = documents.first(where: { $0.path == d.location.path })?.text else { continue }
            found[String(decoding: Array(text.utf8)[fix.byteRange], as: UTF8.self)] = fix
        }
        return found
    }

    static let wellKnown = String(repeating: "Toyota, Hamas, Tokyo, Solano and Yokosuka made news. ", count: 4)

    @Test func nearMissWithoutCorpusEvidenceIsOnlySuggested() {
        // One letter replaced spells another real name: never fixed unattended, however
        // often the corpus writes the gazetteer's name.
        let found = fixes([Self.wellKnown, "Akio Toyoda met Hamad in Tokyu; the Solana chain grew."])
        for word in ["Toyoda", "Hamad", "Tokyu", "Solana"] {
            #expect(found[word]?.confidence == .suggestion, "\(word)")
        }
        #expect(found["Toyoda"]?.text == "Toyota", "the suggestion is still offered")
        // A slip (a dropped letter) with no corpus evidence: suggested only.
        #expect(fixes(["The ship docked at Yokosuk."])["Yokosuk"]?.confidence == .suggestion)
        // The corpus writes the near miss too often to be sure.
        let twice = fixes(["Yokosuka, Yokosuka and Yokosuka.", "At Yokosuk.", "Near Yokosuk."])
        #expect(twice["Yokosuk"]?.confidence == .suggestion)
    }

    @Test func nearMissWithCorpusEvidenceIsFixed() {
        let found = fixes([Self.wellKnown, "The ship docked at Yokosuk. Prime Minister Takiachi spoke.",
                           "Takaichi, Takaichi and Takaichi."])
        #expect(found["Yokosuk"] == Fix(byteRange: 19..<26, text: "Yokosuka", confidence: .safe), "a cut-short name")
        #expect(found["Takiachi"]?.confidence == .safe, "two letters swapped")
    }

    @Test func secondFixRunChangesNothing() {
        // Fixing "Yokosuk" makes "Yokosuka" common enough for "Yokosua" too: decided at once.
        let texts = ["Yokosuka, Yokosuka, Yokosuka, Yokosuka and Yokosuka.", "At Yokosuk.", "Near Yokosua.", "By Yokosua."]
        let engine = Engine(ruleSet: Self.names, workers: 1)
        let documents = texts.enumerated().map { (path: "doc\($0.offset).txt", bytes: Array($0.element.utf8)) }
        let first = engine.check(bytes: documents).diagnostics
        #expect(first.compactMap(\.fix).filter(\.isSafe).count == 3)
        let fixed = documents.map { document in
            (path: document.path, bytes: FixPlan(bytes: document.bytes, fixes: first.filter { $0.location.path == document.path }.compactMap(\.fix)).result)
        }
        #expect(engine.check(bytes: fixed).diagnostics.compactMap(\.fix).filter(\.isSafe).isEmpty)
    }

    @Test func fixesNeverRewriteInsideQuotations() {
        let found = fixes([Self.wellKnown, "“We docked at Yokosuk,” he said. He signed a \"Gulf star\" bag. Then a Gulf star came."])
        #expect(found["Yokosuk"]?.confidence == .suggestion)
        let swaps = Engine(ruleSet: Self.names, workers: 1).check(texts: [("a.txt", "He signed a \"Gulf star\" bag. Then a Gulf star came.")])
            .diagnostics.compactMap(\.fix)
        #expect(swaps.map(\.confidence) == [.suggestion, .safe], "a swap inside quotation marks is only suggested")
    }

    @Test func suggestionsAreOfferedButNotApplied() throws {
        let scratch = try Scratch()
        let text = "Akio Toyoda spoke. Toyota, Toyota and Toyota sold cars.\n"
        try scratch.write("a.txt", text)
        let rules = scratch.path("rules")
        try FileManager.default.createDirectory(atPath: rules, withIntermediateDirectories: true)
        try scratch.write("rules/names.json5", "{ kind: 'names', names: ['Toyota'] }")
        let json = Run(["--rules", rules, "-f", "json", scratch.path("a.txt")])
        #expect(json.out.contains("\"text\": \"Toyota\",\n        \"startByte\": 5,\n        \"endByte\": 11,\n        \"safe\": false"), "\(json.out)")
        let sarif = Run(["--rules", rules, "-f", "sarif", scratch.path("a.txt")])
        #expect(sarif.out.contains("suggestion, not applied by --fix: replace with 'Toyota'"))
        #expect(Run(["--rules", rules, "--diff", scratch.path("a.txt")]).out.isEmpty)
        let fix = Run(["--rules", rules, "--fix", scratch.path("a.txt")])
        #expect(fix.status == ExitCode.findings && !fix.err.contains("fixed"))
        #expect(try scratch.read("a.txt") == Array(text.utf8))
    }

    // MARK: missing magnitudes

    static let shipped = try! RuleLoader.load(directory: URL(fileURLWithPath: rulesPath))
    static let reference = "The shipyard deal in Osaka is worth $120 billion, officials said.\n"

    /// The magnitude fix for `text` compared with `reference`, then the text after `--fix`,
    /// and the safe fixes a second pass finds.
    func magnitudeFix(_ text: String) -> (fix: Fix?, fixed: String, again: [Fix]) {
        let engine = Engine(ruleSet: Self.shipped, workers: 1)
        let fixes = engine.check(texts: [("a.txt", Self.reference), ("b.txt", text)]).diagnostics
            .filter { $0.location.path == "b.txt" }.compactMap(\.fix)
        let fixed = FixPlan(bytes: Array(text.utf8), fixes: fixes).result
        let again = engine.check(bytes: [("a.txt", Array(Self.reference.utf8)), ("b.txt", fixed)]).diagnostics
            .filter { $0.location.path == "b.txt" }.compactMap(\.fix).filter(\.isSafe)
        return (fixes.first, String(decoding: fixed, as: UTF8.self), again)
    }

    @Test func magnitudeFixNeverDoublesAMagnitude() {
        let before = "The shipyard deal in Osaka is worth "
        for written in ["$120 bln", "$120 bilion", "$120 mil", "$120 billionths", "$120 milion", "$120-bilion", "$120 bn.", "a $120 bill"] {
            let text = before + written + ", officials said.\n"
            let (fix, fixed, again) = magnitudeFix(text)
            #expect(fix == nil, "\(written): \(String(describing: fix))")
            #expect(fixed == text && again.isEmpty, "\(written)")
        }
        let dollars = magnitudeFix(before + "120 dollars, officials said.\n")
        #expect(dollars.fixed == before + "120 billion dollars, officials said.\n")
        #expect(dollars.again.isEmpty, "a second --fix changes nothing")
        let plain = magnitudeFix(before + "$120, officials said.\n")
        #expect(plain.fixed == before + "$120 billion, officials said.\n" && plain.again.isEmpty)
        let wrapped = magnitudeFix(before + "120\ndollars, officials said.\n")
        #expect(wrapped.fixed == before + "120 billion\ndollars, officials said.\n", "the line break is kept")
        #expect(wrapped.again.isEmpty)
    }

    @Test func magnitudeFixesReachTheirFixedPoint() {
        // c.txt shares its context only with b.txt, which is missing the magnitude too.
        let documents = [("a.txt", Self.reference),
                         ("b.txt", "The shipyard deal in Osaka is worth $120 in cash to Kobe harbour workers.\n"),
                         ("c.txt", "Kobe harbour workers got $120 in cash, a union leader noted.\n")].map { (path: $0.0, bytes: Array($0.1.utf8)) }
        let engine = Engine(ruleSet: Self.shipped, workers: 1)
        let first = engine.check(bytes: documents).diagnostics
        let c = first.first { $0.location.path == "c.txt" }
        #expect(c?.fix?.isSafe == true)
        #expect(c?.message == "'$120' looks like it is missing its magnitude: another article has '$120' in the same context, which --fix completes to '$120 billion'; expected '$120 billion'")
        let fixed = documents.map { document in
            (path: document.path, bytes: FixPlan(bytes: document.bytes, fixes: first.filter { $0.location.path == document.path }.compactMap(\.fix)).result)
        }
        #expect(String(decoding: fixed[2].bytes, as: UTF8.self) == "Kobe harbour workers got $120 billion in cash, a union leader noted.\n")
        #expect(engine.check(bytes: fixed).diagnostics.compactMap(\.fix).filter(\.isSafe).isEmpty, "a second --fix changes nothing")
    }

    @Test func magnitudeMessageReadsOnOneLine() {
        let d = Engine(ruleSet: Self.shipped, workers: 1)
            .check(texts: [("a.txt", Self.reference), ("b.txt", "The shipyard deal in Osaka is worth 120\ndollars, officials said.\n")])
            .diagnostics.first { $0.location.path == "b.txt" }
        #expect(d?.message == "'120 dollars' looks like it is missing its magnitude: another article has '$120 billion' in the same context; expected '120 billion dollars'")
    }
}
