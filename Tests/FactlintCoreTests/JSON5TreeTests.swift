@testable import FactlintCore
import Foundation
import Testing

/// Rule files are read from a hand-parsed tree when they are plain JSON5, and by
/// JSONDecoder otherwise (issue #18: JSONDecoder was ~20 M instructions of start-up).
@Suite struct JSON5TreeTests {
    func parse(_ text: String) -> JSON5Tree? { JSON5Tree.parse(Array(text.utf8)) }

    /// A canonical rendering, to compare trees in one line.
    func render(_ tree: JSON5Tree) -> String {
        switch tree {
        case .null: return "null"
        case .bool(let b): return "\(b)"
        case .number(let text, let isInteger): return isInteger ? text : "~\(text)"
        case .string(let s): return "<\(s)>"
        case .array(let items): return "[" + items.map(render).joined(separator: ",") + "]"
        case .object(let keys, let values): return "{" + zip(keys, values).map { "\($0)=\(render($1))" }.joined(separator: ",") + "}"
        }
    }

    @Test func readsThePlainJSON5OfRuleFiles() throws {
        let text = """
        // A rule.
        { kind: "names", $schema: 'x', /* inline */ "quoted key": [1, -20, 0.5, 2e3, true, false, null,],
          text: "tab\\tquote\\" slash\\/ \\u00e9\\ud83d\\ude00 é", single: 'it"s', nested: { a: [] , b: {} }, }
        """
        let tree = try #require(parse(text))
        #expect(render(tree) == "{kind=<names>,$schema=<x>,quoted key=[1,-20,~0.5,~2e3,true,false,null],"
                + "text=<tab\tquote\" slash/ é😀 é>,single=<it\"s>,nested={a=[],b={}}}")
    }

    @Test func leavesOtherJSON5ToJSONDecoder() {
        for text in ["+1", ".5", "5.", "0x1F", "Infinity", "NaN", "01", "'\\x41'", "'a\\\nb'", "\"\\'\"", "\"a\nb\"",
                     "{a: 1, a: 2}", "{a: 1} x", "[1,,2]", "[1 2]", "/* open", "\u{A0}1", "{1a: 2}", "{é: 1}", "tru", "nullx",
                     "\"\\ud83d\"", "\"\\u12G4\"", String(repeating: "[", count: 100) + String(repeating: "]", count: 100), ""] {
            #expect(parse(text) == nil, "\(text)")
        }
    }

    @Test func everyShippedAndBuiltInRuleIsReadFromTheTree() throws {
        var sources = BuiltinRules.sources.map { ($0.id, Data($0.json5.utf8)) }
        for file in try FileManager.default.contentsOfDirectory(atPath: shippedRules.path).sorted() where file.hasSuffix(".json5") {
            sources.append((file, try Data(contentsOf: shippedRules.appendingPathComponent(file))))
        }
        let decoder = JSONDecoder()
        decoder.allowsJSON5 = true
        for (name, data) in sources {
            let tree = try #require(JSON5Tree.parse([UInt8](data)), "\(name)")
            let header = try #require(RuleDecoding.fromTree(RuleHeader.self, tree: tree), "\(name)")
            let reference = try decoder.decode(RuleHeader.self, from: data)
            #expect(header.kind == reference.kind && header.severity == reference.severity && header.description == reference.description)
            #expect(header.examples?.triggers == reference.examples?.triggers && header.examples?.passes == reference.examples?.passes)
            let kind = try #require(RuleKinds.named(header.kind))
            let readsItsOptions = readsOptions(kind, tree)
            #expect(readsItsOptions, "\(name)")
        }
    }

    func readsOptions<K: RuleKind>(_ kind: K.Type, _ tree: JSON5Tree) -> Bool {
        RuleDecoding.fromTree(K.Options.self, tree: tree) != nil
    }

    @Test func largeObjectsAreReadInLinearTime() throws {
        let entries = (0..<20_000).map { "\"w\($0)\": \"W\($0)\"" }.joined(separator: ", ")
        let tree = try #require(parse("{ " + entries + " }"))
        let read = try #require(RuleDecoding.fromTree([String: String].self, tree: tree))
        #expect(read.count == 20_000 && read["w19999"] == "W19999")
        #expect(parse("{ " + entries + ", w7: 'again' }") == nil) // a duplicate key
    }

    @Test func whatTheTreeRejectsStillFailsWithJSONDecodersMessage() throws {
        // An integer written with a fraction, a hexadecimal number: not read from the tree.
        #expect(throws: (any Error).self) { try RuleLoader.load(id: "bad-rule", json5: "{ kind: 'variants', preferred: [1.5] }") }
        let hex = try RuleLoader.load(id: "hex-rule", json5: "{ kind: 'boilerplate', phrases: ['Click here'], repeatedLines: { minCount: 0x3 } }")
        #expect(hex.rules.count == 1)
    }
}
