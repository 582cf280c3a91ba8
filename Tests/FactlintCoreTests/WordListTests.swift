@testable import FactlintCore
import Foundation
import Testing

/// A word list is searched in place only when it is lowercase, sorted and "\n"-separated;
/// anything else is normalized first, so a list saved another way still finds its words.
@Suite struct WordListTests {
    func normalized(_ text: String) -> Bool { WordList.isNormalized(Array(text.utf8)) }

    @Test func aSortedLowercaseListIsUsedAsIs() {
        #expect(normalized("able\ngol\ngolf\ngulf\n"))
        #expect(normalized("able\ngol\ngolf\ngulf")) // no final line break
        #expect(normalized(""))
        #expect(normalized("cafe\u{301}s\ncaf\u{E9}\n")) // non-ASCII bytes order as bytes
    }

    @Test func anyOtherListIsNotTrusted() {
        #expect(!normalized("golf\ngol\n")) // a longer word before its prefix
        #expect(!normalized("gulf\ngolf\n"))
        #expect(!normalized("golf\ngolf\n")) // a duplicate
        #expect(!normalized("able\r\ngolf\r\n"))
        #expect(!normalized("able\n\ngolf\n")) // a blank line
        #expect(!normalized("Able\ngolf\n"))
        #expect(!normalized("able \ngolf\n"))
    }

    @Test func anUnsortedWindowsListStillFindsItsWords() {
        let list = WordList(bytes: Array("Zebra\r\ntramp\r\n\r\n golf\r\nable\r\n".utf8))
        for word in ["able", "golf", "Tramp", "zebra"] { #expect(list.contains(word), "\(word)") }
        #expect(!list.contains("gol"))
    }

    @Test func theEmbeddedListIsNormalizedSoItIsUsedWithoutAPassAtStartUp() {
        let text = EnglishWords.text
        let bytes = Array(UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount))
        #expect(WordList.isNormalized(bytes))
        #expect(BuiltinRules.englishWords.hasBytes(bytes) && BuiltinRules.englishWords.hasBytes(bytes + [0x0A]))
        #expect(!BuiltinRules.englishWords.hasBytes(Array(bytes.dropLast())) && !BuiltinRules.englishWords.hasBytes(bytes + [0x0A, 0x0A]))
        #expect(BuiltinRules.englishWords.contains("aardvark") && !BuiltinRules.englishWords.contains("yokosuk"))
    }

    @Test func theShippedCopyOfTheEmbeddedListIsRecognizedAsIt() throws {
        let file = [UInt8](try Data(contentsOf: shippedRules.appendingPathComponent("words/english.txt")))
        #expect(BuiltinRules.englishWords.hasBytes(file))
    }
}
