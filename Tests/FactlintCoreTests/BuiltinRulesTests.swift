@testable import FactlintCore
import Foundation
import Testing

/// The rules compiled into the binary: they load with no folder, each one's examples are
/// its tests, and a rules folder replaces them by id.
@Suite struct BuiltinRulesTests {
    static let builtins: RuleSet = try! RuleLoader.load(folders: [])

    @Test func loadWithNoRulesFolder() {
        #expect(Self.builtins.rules.map(\.meta.id) == BuiltinRules.sources.map(\.id))
        #expect(Self.builtins.rules.allSatisfy { BuiltinRules.isBuiltin($0.meta) })
        #expect(Self.builtins.rules.map(\.meta.kind) == BuiltinRules.sources.map(\.kind))
    }

    @Test(arguments: BuiltinRules.sources.map(\.id))
    func examples(id: String) throws {
        let meta = try #require(Self.builtins.rule(id)?.meta)
        #expect(!meta.examples.triggers.isEmpty && !meta.examples.passes.isEmpty)
        let engine = Engine(ruleSet: Self.builtins, workers: 1)
        func findings(_ texts: [String]) -> [Diagnostic] {
            let docs = texts.enumerated().map { (path: "example\($0.offset + 1).txt", text: $0.element) }
            return engine.check(texts: docs).diagnostics.filter { $0.ruleID == id }
        }
        for example in meta.examples.triggers { #expect(!findings(example).isEmpty, "\(id) should report: \(example)") }
        for example in meta.examples.passes {
            let found = findings(example)
            #expect(found.isEmpty, "\(id) should not report: \(found.map(\.message))")
        }
    }

    @Test func aRulesFolderAddsToTheBuiltinsAndReplacesOnlyTheSameId() throws {
        let set = try RuleLoader.load(folders: [shippedRules])
        // The shipped page-furniture rule runs beside the built-in boilerplate, never instead of it.
        #expect(set.rule("page-furniture").map { BuiltinRules.isBuiltin($0.meta) } == false)
        #expect(set.rule("boilerplate").map { BuiltinRules.isBuiltin($0.meta) } == true)
        // A story's rule of a kind replaces the built-in of that kind (date-sanity by the dates rule).
        #expect(set.rule("date-sanity") == nil && set.rule("corpus-names") != nil)
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-builtin-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{ kind: "boilerplate", lines: ["Promoted"] }"#.write(to: dir.appendingPathComponent("boilerplate.json5"), atomically: true, encoding: .utf8)
        let replaced = try RuleLoader.load(folders: [dir])
        #expect(replaced.rules.filter { $0.meta.id == "boilerplate" }.count == 1)
        #expect(replaced.rule("boilerplate").map { BuiltinRules.isBuiltin($0.meta) } == false)
    }

    @Test func aLoadedRuleKeepsTheSpanABuiltinAlsoFound() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-names-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{ kind: "names", names: ["Kvalheim"] }"#.write(to: dir.appendingPathComponent("story-names.json5"), atomically: true, encoding: .utf8)
        let set = try RuleLoader.load(folders: [dir])
        let texts = ["The ferry left Kvalheim.", "Officials in Kvalheim agreed.", "Residents of Kvalheim met.",
                     "The mayor of Kvalheim spoke.", "Rescuers reached Kvalhiem."].enumerated().map { ("a\($0.offset).txt", $0.element) }
        let found = Engine(ruleSet: set, workers: 1).check(texts: texts).diagnostics.filter { $0.location.path == "a4.txt" }
        #expect(found.map(\.ruleID) == ["story-names"])
    }

    @Test func aLoadedRuleOfTheSameKindReplacesABuiltinOrKeepsTheSpansItAlsoFinds() throws {
        let dir = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-builtin-\(UUID())")
        try FileManager.default.createDirectory(at: dir, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: dir) }
        try #"{ kind: "dates", referenceDate: "2025-03-04" }"#.write(to: dir.appendingPathComponent("story-dates.json5"), atomically: true, encoding: .utf8)
        try #"{ kind: "boilerplate", severity: "note", lines: ["Advertisement"] }"#.write(to: dir.appendingPathComponent("site-furniture.json5"), atomically: true, encoding: .utf8)
        let set = try RuleLoader.load(folders: [dir])
        #expect(set.rule("date-sanity") == nil) // a dates rule checks weekdays too
        #expect(set.rule("boilerplate") != nil) // a site's furniture list adds to the generic one
        let text = "The vote was held on Monday, March 4, 2025.\n\nAdvertisement\n\nLeave a Reply\n"
        let found = Engine(ruleSet: set, workers: 1).check(texts: [("a.txt", text)]).diagnostics
        #expect(found.map(\.ruleID) == ["story-dates", "site-furniture", "boilerplate"])
    }

    @Test func theEmbeddedWordListEqualsTheShippedFile() throws {
        let file = try String(contentsOf: shippedRules.appendingPathComponent("words/english.txt"), encoding: .utf8)
        let source = try String(contentsOf: repositoryRoot.appendingPathComponent("Sources/FactlintCore/Builtin/EnglishWords.swift"), encoding: .utf8)
        #expect(source.contains("#\"\"\"\n" + file + "\"\"\"#"), "run scripts/embed-words after changing rules/words/english.txt")
    }

    @Test func builtinEnglishNamesTheEmbeddedWordList() throws {
        func found(_ dictionary: String) throws -> [String] {
            let rules = try RuleLoader.load(id: "names", json5: #"{ kind: "names", names: ["Trump"] \#(dictionary) }"#)
            return Engine(ruleSet: rules, workers: 1).check(texts: [("a.txt", "Tramp met the press.")]).diagnostics.map(\.message)
        }
        #expect(try found("") == ["'Tramp' looks like a misspelling of 'Trump'"])
        #expect(try found(#", dictionary: "builtin:english""#) == []) // a word, not a misspelt name
    }
}

@Suite struct JSON5PositionTests {
    @Test func aRuleFileSyntaxErrorNamesLineAndColumn() {
        #expect(throws: RuleFileError(file: "broken.json5", keyPath: "", message: "invalid JSON5 at line 3, column 15")) { // at the second string, where a comma was due
            try RuleLoader.load(id: "broken", json5: "{\n  kind: \"names\",\n  names: [\"A\" \"B\"],\n}\n")
        }
    }

    @Test func validJSON5HasNoErrorPosition() {
        let text = "// comment\n{ a: 'x', \"b\": [1, +2, .5, 0x1F, Infinity, NaN, null, true,], /* c */ c: { d: \"e\\\"\" }, }\n"
        #expect(JSON5Position.firstError(Array(text.utf8)) == nil)
    }
}
