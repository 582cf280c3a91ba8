@testable import FactlintCore
import Testing

/// Markdown and HTML masks keep every byte offset and every line break of the source,
/// and leave exactly the prose.
@Suite struct ProseMaskTests {
    static func prose(_ format: ArticleFormat, _ source: String) -> String {
        let masked = format.prose(of: SourceText(source)).text.bytes
        #expect(masked.count == source.utf8.count)
        #expect(masked.indices.filter { masked[$0] == 0x0A } == Array(source.utf8).indices.filter { Array(source.utf8)[$0] == 0x0A })
        // Block boundaries (U+2029) read as line breaks; collapse spaces for the comparison.
        return String(decoding: masked, as: UTF8.self).replacingOccurrences(of: "\u{2029}", with: " | ")
            .split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
    }

    @Test func markdownKeepsLinkTextAndDropsTargetsCodeAndFrontMatter() {
        let source = "---\ntitle: Hidden\n---\n# Head\n\nSee [the report](https://x.org/a \"t\") and `code` here.\n\n```\nfenced\n```\n\n    indented\n\n![alt](i.png) <!-- note --> *bold* snake_case \\* http://example.com/page.\n"
        #expect(Self.prose(.markdown, source) == "Head See the report and here. bold snake_case * .") // an escaped star is a literal star
    }

    @Test func htmlDropsTagsScriptAndStyleAndDecodesEntities() {
        let source = "<p class=\"a\">Tom &amp; Ann said &ldquo;yes,&rdquo; caf&eacute;</p><script>var x = 1;</script><style>p{}</style>"
        let prose = Self.prose(.html, source)
        #expect(prose == "| Tom & Ann said “yes,” café | | | | | | |", "\(prose)")
        #expect(!prose.contains("var") && !prose.contains("class") && !prose.contains("p{}"))
    }

    @Test func plainTextIsUntouched() {
        let source = "Some <b>text</b> with `ticks` and [brackets](x)."
        #expect(ArticleFormat(path: "a.txt").prose(of: SourceText(source)).text.bytes == Array(source.utf8))
        #expect(ArticleFormat(path: "a.MD") == .markdown && ArticleFormat(path: "b.htm") == .html && ArticleFormat(path: "c") == .text)
    }

    @Test func findingsInMarkdownPointAtTheSourceColumns() throws {
        let rules = try RuleLoader.load(folders: [])
        let found = Engine(ruleSet: rules, workers: 1).check(texts: [("a.md", "**Note:** [vote](http://x.org) held on *Monday*, March 4, 2025.\n")]).diagnostics
        #expect(found.map { "\($0.location.line):\($0.location.column)-\($0.location.endColumn)" } == ["1:41-63"])
    }

    @Test func fixesThatWouldRewriteMarkupAreDropped() throws {
        let rules = try RuleLoader.load(id: "names", json5: #"{ kind: "names", names: ["Yokosuka"], swaps: { "Gulf star": "golf star" } }"#)
        let engine = Engine(ruleSet: rules, workers: 1)
        #expect(engine.check(texts: [("a.md", "A Gulf star won.\n")]).diagnostics.first?.fix != nil)
        let marked = engine.check(texts: [("a.md", "A Gulf&nbsp;star won.\n")]).diagnostics
        #expect(marked.allSatisfy { $0.fix == nil })
    }

    @Test func unclosedMarkupIsBoundedAndKeepsOffsets() {
        let markdown = String(repeating: "[ ` <a ![x]( **", count: 2_000) + "\nThe end."
        #expect(Self.prose(.markdown, markdown).hasSuffix("The end."))
        let html = "<p>Text.</p><script>" + String(repeating: "<b> &amp ", count: 2_000)
        #expect(Self.prose(.html, html) == "| Text. | | |") // </p>, <script>, and its unclosed content
    }
}
