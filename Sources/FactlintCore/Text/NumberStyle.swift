/// How one document writes its numbers: the English convention ("41,300", "38.2") or the
/// continental one translated copy keeps ("41.300", "38,2", "€1,4 million"). Decided from
/// unambiguous evidence in the document itself, never from its name; mixed or absent
/// evidence keeps the English reading.
///
/// Evidence, per number token (dotted dates such as "23.07.2026" are not numbers):
/// - a decimal comma: a comma followed by one or two digits at the end ("38,2", "1,4");
/// - dot groups: "1.234.567", "1.234,5", or a dot followed by "000" ("60.000"): English
///   writes no trailing zeros after a decimal point; also two or more numbers with a dot
///   followed by exactly three digits ("41.300", "9.150") when the document has no other
///   dot-decimal and no percentage written that way;
/// - English commas: "1,234,567", "1,234.5", or a comma followed by three digits ("3,400");
/// - English dots: a dot followed by one, two or four or more digits ("3.5", "4.82"), or "0.375".
/// Times of day ("4.17am", "20.15 Uhr") are no evidence.
public struct NumberStyle: Sendable, Equatable {
    /// A dot followed by exactly three digits separates thousands ("84.612" is 84612); a
    /// dot followed by any other count of digits is still a decimal point.
    public var dotGroups: Bool
    /// The comma is the decimal mark ("38,2" is 38.2) and every dot separates thousands.
    public var decimalComma: Bool

    public static let english = NumberStyle(dotGroups: false, decimalComma: false)

    public init(dotGroups: Bool, decimalComma: Bool) {
        self.dotGroups = dotGroups
        self.decimalComma = decimalComma
    }

    public var isEnglish: Bool { !dotGroups && !decimalComma }

    /// The style a document's own numbers show.
    public static func detect(_ tokens: [Token], _ bytes: [UInt8]) -> NumberStyle {
        var decimalCommas = 0, dotGroups = 0, threeDigitDots = 0, englishCommas = 0, englishDots = 0
        for (i, t) in tokens.enumerated() where t.kind == .number && t.length >= 3 {
            guard let shape = Shape(bytes, t.range), shape.separators.count > 0, !shape.isDottedDate,
                  !timeAfter(tokens, i, bytes) else { continue }
            let groups = shape.groups, seps = shape.separators
            let last = groups[groups.count - 1]
            if seps.count == 1 {
                let leadingZero = groups[0].count == 1 && groups[0].value == 0
                if seps[0] == .comma {
                    if last.count <= 2 { decimalCommas += 1 } else if last.count == 3 { englishCommas += 1 }
                } else if last.count != 3 || leadingZero {
                    englishDots += 1
                } else if last.value == 0 {
                    dotGroups += 1
                } else if !percentAfter(tokens, i, bytes) {
                    threeDigitDots += 1
                }
                continue
            }
            guard groups[0].count <= 3, groups.dropFirst().dropLast().allSatisfy({ $0.count == 3 }) else { continue }
            let inner = seps.dropLast()
            if inner.allSatisfy({ $0 == .dot }) {
                if seps.last == .dot && last.count == 3 { dotGroups += 1 }
                if seps.last == .comma { dotGroups += 1; if last.count <= 2 { decimalCommas += 1 } }
            } else if inner.allSatisfy({ $0 == .comma }) {
                if seps.last == .comma && last.count == 3 { englishCommas += 1 }
                if seps.last == .dot { englishCommas += 1; englishDots += 1 }
            }
        }
        let decimalComma = decimalCommas > 0 && englishCommas == 0 && englishDots == 0
        let groups = (dotGroups > 0 || decimalComma || (threeDigitDots >= 2 && englishDots == 0)) && englishCommas == 0
        return NumberStyle(dotGroups: groups || decimalComma, decimalComma: decimalComma)
    }

    /// "4.17am", "4.17 p.m.", "20.15 Uhr": a time of day, not a decimal.
    private static func timeAfter(_ tokens: [Token], _ i: Int, _ bytes: [UInt8]) -> Bool {
        guard i + 1 < tokens.count, tokens[i + 1].kind == .word, tokens[i + 1].length <= 3 else { return false }
        let word = String(decoding: bytes[tokens[i + 1].range], as: UTF8.self).lowercased()
        return ["am", "pm", "a", "p", "uhr", "h"].contains(word)
    }

    /// "4.125%": a figure followed by a percent sign or word is a rate, not a grouped count.
    private static func percentAfter(_ tokens: [Token], _ i: Int, _ bytes: [UInt8]) -> Bool {
        guard i + 1 < tokens.count else { return false }
        let next = tokens[i + 1].range
        if next.count == 1 && bytes[next.lowerBound] == UInt8(ascii: "%") { return true }
        return next.count >= 7 && String(decoding: bytes[next.lowerBound..<(next.lowerBound + 7)], as: UTF8.self).lowercased() == "percent"
    }

    /// The value of an ASCII number token in this style, and the place value of its last
    /// non-zero digit ("41.300" → 41300 and 100 with dot groups); nil for other digits.
    public func read(_ bytes: [UInt8], _ range: Range<Int>) -> (value: Double, step: Double)? {
        guard let shape = Shape(bytes, range) else { return nil }
        var digits: Double = 0, decimals = 0, afterPoint = false
        for (g, group) in shape.groups.enumerated() {
            if g > 0 {
                let sep = shape.separators[g - 1]
                // A lone comma before one or two digits ("14,5 knots") groups no thousands:
                // it is a decimal comma whatever the document's style.
                let loneDecimalComma = sep == .comma && shape.separators.count == 1 && group.count <= 2
                let isDecimal = decimalComma ? sep == .comma : loneDecimalComma || sep == .dot && (!dotGroups || group.count != 3)
                if isDecimal { afterPoint = true }
            }
            for k in group.range { digits = digits * 10 + Double(bytes[k] - 0x30) }
            if afterPoint { decimals += group.count }
        }
        var scale: Double = 1
        for _ in 0..<decimals { scale *= 10 }
        // The step: the last non-zero digit's place.
        var trailingZeros = 0
        outer: for group in shape.groups.reversed() {
            for k in group.range.reversed() {
                if bytes[k] != 0x30 { break outer }
                trailingZeros += 1
            }
        }
        var step = 1.0
        if afterPoint {
            for _ in 0..<max(0, decimals - trailingZeros) { step /= 10 }
        } else {
            for _ in 0..<trailingZeros { step *= 10 }
        }
        return (digits / scale, step)
    }

    /// A number token as digit groups and the separators between them.
    struct Shape {
        enum Separator { case dot, comma }
        struct Group { var range: Range<Int>; var count: Int { range.count }; var value: Int }
        var groups: [Group] = []
        var separators: [Separator] = []

        init?(_ bytes: [UInt8], _ range: Range<Int>) {
            var start = range.lowerBound, value = 0
            for k in range {
                let b = bytes[k]
                switch b {
                case 0x30...0x39: value = value &* 10 &+ Int(b - 0x30)
                case 0x2C, 0x2E:
                    groups.append(Group(range: start..<k, value: value))
                    separators.append(b == 0x2C ? .comma : .dot)
                    start = k + 1; value = 0
                default: return nil
                }
            }
            groups.append(Group(range: start..<range.upperBound, value: value))
        }

        /// "23.07.2026", "1.5.26": day, month and year joined by dots.
        var isDottedDate: Bool {
            guard separators.count == 2, separators.allSatisfy({ $0 == .dot }) else { return false }
            return (1...2).contains(groups[0].count) && (1...2).contains(groups[1].count) && [2, 4].contains(groups[2].count)
                && (1...31).contains(groups[0].value) && (1...12).contains(groups[1].value)
        }
    }

    /// True for a dotted date such as "23.07.2026" (read by the date extractor, not as a figure).
    public static func isDottedDate(_ bytes: [UInt8], _ range: Range<Int>) -> Bool {
        Shape(bytes, range)?.isDottedDate ?? false
    }
}
