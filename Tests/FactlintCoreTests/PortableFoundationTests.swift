@testable import FactlintCore
import Dispatch
import Foundation
import Testing

/// The pieces that stand in for full Foundation in the shipped binary (no ICU) give what
/// Foundation gives. The tests link full Foundation, so it is the reference here.
@Suite struct PortableFoundationTests {
    static let accentedSamples = [
        "Ngô Đình Diệm", "Thủ tướng Phạm Minh Chính", "Zbigniew Brzeziński", "Václav Havel", "Ólafur Ragnar Grímsson",
        "Κυριάκος Μητσοτάκης", "ἀρχὴ ῥήτωρ ᾠδή", "Пётр Ильич Чайковский", "Йосип Брoз", "Ї ї Ў ў Ӂ",
        "Recep Tayyip Erdoğan", "İstanbul", "Çağlar Söyüncü", "Łódź", "François Hollande", "Ñandú",
        "e\u{301}\u{323}", "a\u{323}\u{302}", "ệ", "q\u{307}\u{323}", "Å Å", "ﬁ ½ ²", "한국어 대통령", "ガギグ",
    ]

    @Test func canonicalDecompositionMatchesFoundationOnLatinGreekCyrillicAndHangul() {
        for sample in Self.accentedSamples {
            #expect(CanonicalDecomposition.decompose(sample).unicodeScalars.elementsEqual(
                sample.decomposedStringWithCanonicalMapping.unicodeScalars), "\(sample)")
        }
        // Every scalar of Latin (to Latin Extended-B and Additional), Greek and Cyrillic.
        let blocks: [ClosedRange<UInt32>] = [0x00...0x24F, 0x370...0x52F, 0x1E00...0x1FFF, 0xAC00...0xAC40]
        for value in blocks.joined() {
            guard let scalar = Unicode.Scalar(value) else { continue }
            let text = String(Character(scalar))
            #expect(CanonicalDecomposition.decompose(text).unicodeScalars.elementsEqual(
                text.decomposedStringWithCanonicalMapping.unicodeScalars), "U+\(String(value, radix: 16))")
        }
    }

    @Test func decompositionTableParsedFromBytesMatchesTheTextSplitIntoStrings() {
        let text = DecompositionTable.text.withUTF8Buffer { String(decoding: $0, as: UTF8.self) }
        var expected: [UInt32: [Unicode.Scalar]] = [:]
        for line in text.split(separator: "\n") {
            let values = line.split(separator: " ").compactMap { UInt32($0, radix: 16) }
            guard let key = values.first else { continue }
            expected[key] = values.dropFirst().compactMap(Unicode.Scalar.init)
        }
        #expect(expected.count > 2000)
        #expect(CanonicalDecomposition.table == expected)
        let odd = Array("C0 41 300\n\nzz 1\nE9 65 xyz 301\n1F 20".utf8)
        #expect(odd.withUnsafeBufferPointer(CanonicalDecomposition.parse) == [0xC0: ["A", "\u{300}"], 0x1: [], 0xE9: ["e", "\u{301}"], 0x1F: [" "]])
    }

    @Test func accentFoldingKeysIgnoreAccentsAndComposition() {
        #expect(VariantsRule.fullKey("Brzeziński") == VariantsRule.fullKey("Brzezinski"))
        #expect(VariantsRule.fullKey("Zoe\u{308}") == VariantsRule.fullKey("Zoë"))
        #expect(VariantsRule.fullKey("Пётр") == VariantsRule.fullKey("петр"))
        #expect(VariantsRule.fullKey("Μητσοτάκης") == VariantsRule.fullKey("μητσοτακης"))
        #expect(VariantsRule.fullKey("Łódź") == "łodz") // ł has no decomposition: kept
    }

    @Test func writtenOutScalarKeysAreWhatTheFullPathMakes() {
        #expect(VariantsRule.latin.count == 0x17F - 0xA0 + 1)
        for (i, key) in VariantsRule.latin.enumerated() {
            let scalar = String(Unicode.Scalar(UInt32(0xA0 + i))!)
            #expect(key == VariantsRule.fullKey(scalar), "U+\(String(0xA0 + i, radix: 16))")
        }
        #expect(VariantsRule.punctuation.count == 0x2027 - 0x2010 + 1)
        for (i, key) in VariantsRule.punctuation.enumerated() {
            #expect(key == VariantsRule.fullKey(String(Unicode.Scalar(UInt32(0x2010 + i))!)))
        }
        // The fast path agrees with the full one on text the tables cover.
        for sample in ["Brzeziński", "Łódź", "İstanbul", "Ærø—Strait", "œuvre ½ ŉ"] {
            #expect(VariantsRule.key(sample) == VariantsRule.fullKey(sample), "\(sample)")
        }
    }

    @Test func literalReplacingMatchesFoundationScalarByScalar() {
        let samples = ["a%b\r\nc\nd", "50% of 3:4, 5", "\r\n\r\n", "no match", "", "é:é,", "%%%"]
        for s in samples {
            for (target, replacement) in [("%", "%25"), ("\r", "%0D"), ("\n", "%0A"), (":", "%3A"), (",", "%2C"), ("%%", "x")] {
                #expect(s.replacingScalars(target, with: replacement) == s.replacingOccurrences(of: target, with: replacement),
                        "\(s.debugDescription) \(target.debugDescription)")
            }
        }
        // Where they differ, on purpose: Foundation skips a target followed by a combining
        // mark; an escape must not (a ',' left in a GitHub property value splits it).
        #expect("a,\u{301}b".replacingScalars(",", with: "%2C") == "a%2C\u{301}b")
    }

    @Test func whitespaceTrimmingMatchesFoundationCharacterSets() {
        let samples = ["  a b \t", "\u{A0}\u{2003}x\u{3000}", "\n x \r\n", "\u{85}\u{2028}y\u{2029}", "", " \t ", "\u{200B}z"]
        for s in samples {
            #expect(s.trimmingSpaces() == s.trimmingCharacters(in: .whitespaces), "\(s.debugDescription)")
            #expect(s.trimmingSpaces(newlines: true) == s.trimmingCharacters(in: .whitespacesAndNewlines), "\(s.debugDescription)")
        }
    }

    @Test func fixedDecimalsMatchStringFormat() {
        for x in [0.1, 2.5, -3.1415926535, 1e-7, 123456789.123456789, 0.0000005, 1e300, -0.0, 7.0000005] {
            #expect(fixedDecimal(x, digits: 6) == String(format: "%.6f", x), "\(x)")
        }
    }

    @Test func fileTreeListsWhatFileManagerEnumerates() throws {
        let root = FileManager.default.temporaryDirectory.appendingPathComponent("factlint-tree-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: root) }
        for folder in ["a/b/c", ".hidden/d", "e"] {
            try FileManager.default.createDirectory(at: root.appendingPathComponent(folder), withIntermediateDirectories: true)
        }
        for file in ["x.json5", "a/y.json5", "a/b/c/z.json5", ".hidden/d/w.json5", "a/.dot.json5", "e/v.txt"] {
            try Data("{}".utf8).write(to: root.appendingPathComponent(file))
        }
        try FileManager.default.createSymbolicLink(atPath: root.appendingPathComponent("link").path, withDestinationPath: root.appendingPathComponent("a").path)
        let ours = FileTree.entries(under: root.path).sorted()
        let enumerator = FileManager.default.enumerator(at: root, includingPropertiesForKeys: nil, options: [.skipsHiddenFiles])!
        let theirs = enumerator.compactMap { ($0 as? URL)?.path }.map { String($0.dropFirst(root.path.count + 1)) }.sorted()
        #expect(ours == theirs)
        #expect(ours == ["a", "a/b", "a/b/c", "a/b/c/z.json5", "a/y.json5", "e", "e/v.txt", "link", "x.json5"])
        #expect(FileTree.existence(atPath: root.path) == (true, true))
        #expect(FileTree.existence(atPath: root.appendingPathComponent("x.json5").path) == (true, false))
        #expect(FileTree.existence(atPath: root.appendingPathComponent("missing").path) == (false, false))
    }

    @Test func mutexLockKeepsConcurrentCountsExact() {
        final class Counter: @unchecked Sendable { var value = 0; let lock = MutexLock() }
        let counter = Counter()
        DispatchQueue.concurrentPerform(iterations: 8) { _ in
            for _ in 0..<10_000 { counter.lock.lock(); counter.value += 1; counter.lock.unlock() }
        }
        #expect(counter.value == 80_000)
    }
}
