@testable import FactlintCore
import Testing

/// One finding is one line however its message is written: every kind of line break becomes
/// a space, and a message without one (curly quotes and dashes included) is kept as it is.
@Suite struct CompilerLineTests {
    @Test func everyLineBreakBecomesASpace() {
        for brk in ["\n", "\r", "\r\n", "\u{0B}", "\u{0C}", "\u{85}", "\u{2028}", "\u{2029}"] {
            #expect(CompilerFormat.singleLine("‘a’\(brk)b") == "‘a’ b", "\(Array(brk.unicodeScalars))")
        }
    }

    @Test func aMessageWithoutLineBreaksIsKept() {
        let message = "'Yokosuk' looks like a misspelling of ‘Yokosuka’ — “quoted” … © \u{80}\u{2027}\u{202A}"
        #expect(!CompilerFormat.mayHaveLineBreak(message))
        #expect(CompilerFormat.singleLine(message) == message)
    }

    @Test func aPathNeedingNoEscapeIsPrintedAsIs() {
        #expect(Escape.compilerPath("news/café — 1.txt") == "news/café — 1.txt")
        #expect(Escape.compilerPath("::x.txt") == "./::x.txt")
        #expect(Escape.compilerPath("a\u{2028}b\u{85}.txt") == "a\\u{2028}b\\u{85}.txt")
        #expect(Escape.compilerPath("a\tb.txt") == "a\\x09b.txt")
    }
}

/// JSON strings are escaped exactly where JSON requires it and copied whole elsewhere.
@Suite struct JSONEscapeTests {
    @Test func onlyQuotesBackslashesAndControlsAreEscaped() {
        #expect(Escape.json("‘Yokosuka’ — café") == "\"‘Yokosuka’ — café\"")
        #expect(Escape.json("a\"b\\c\nd\u{1}") == "\"a\\\"b\\\\c\\nd\\u0001\"")
    }

    @Test func deepNestingIsIndentedPastTheCachedLevels() {
        var value = JSONWriter.Value.int(1)
        for _ in 0..<20 { value = .array([value]) }
        let lines = JSONWriter.render(value).split(separator: "\n")
        #expect(lines[20] == Substring(String(repeating: "  ", count: 20) + "1"))
    }
}
