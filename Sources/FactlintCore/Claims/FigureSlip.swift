/// Whether a figure that disagrees with a declared fact looks like a slip for it, rather
/// than another quantity the binder took for the fact's.
///
/// Copy errors keep most of the number: digits swapped (84,612 → 86,412), one digit wrong
/// (2.8% → 2.6%), a magnitude lost or a point moved (550 → 550,000), or a value a little
/// off (4.9 → 4.6). A figure nothing like the fact ("214 pages" for a 61-page dissent,
/// "1.9%" for a 71% share) almost always measures something else near the same words: an
/// error there would be a guess, so the fact's check says nothing (precision first; the
/// articles' own vote still compares the figure with the others').
enum FigureSlip {
    /// Relative difference under which any two values are close enough to be a slip.
    static let nearby = 0.25

    static func mistakable(_ found: Quantity, for fact: Quantity) -> Bool {
        let (a, b) = (found.base, fact.base)
        guard a.isFinite, b.isFinite else { return false }
        if abs(a - b) <= nearby * max(abs(a), abs(b)) { return true }
        return digitSlip(found, for: fact)
    }

    /// A slip in the digits as written: swapped, one wrong, or a power of ten apart. Only in
    /// the same unit.
    static func digitSlip(_ found: Quantity, for fact: Quantity) -> Bool {
        guard found.unit == fact.unit else { return false }
        let (x, y) = (significantDigits(found.value), significantDigits(fact.value))
        guard !x.isEmpty, !y.isEmpty else { return false }
        if x == y { return true } // a power of ten apart: a lost magnitude or a moved point
        guard x.count == y.count else { return false }
        if x.sorted() == y.sorted() { return true } // digits transposed
        // One digit wrong; one-digit values only when both are small counts (seventh/eighth).
        let wrong = zip(x, y).filter { $0 != $1 }.count
        return wrong == 1 && (x.count >= 2 || (abs(found.value) < 10 && abs(fact.value) < 10))
    }

    /// The digits of `value` (ASCII) without the point and without leading or trailing zeros:
    /// 84612 → "84612", 2.6 → "26", 412300 → "4123", 0.05 → "5". Computed by division: the
    /// vote compares thousands of pairs, and a String per value cost most of the comparison.
    static func significantDigits(_ value: Double) -> [UInt8] {
        guard value.isFinite else { return [] }
        let magnitude = abs(value)
        guard magnitude < 1e15 else { return [] }
        // Six decimals are more than copy ever writes; rounding there drops float noise.
        var scaled = Int64((magnitude * 1_000_000).rounded())
        while scaled != 0 && scaled % 10 == 0 { scaled /= 10 }
        var digits: [UInt8] = []
        while scaled > 0 { digits.append(UInt8(truncatingIfNeeded: scaled % 10) + UInt8(ascii: "0")); scaled /= 10 }
        return digits.reversed()
    }
}
