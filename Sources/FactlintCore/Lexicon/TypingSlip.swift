/// Whether a misspelling is a slip of the keys rather than perhaps another word.
///
/// A dropped, doubled or added letter, two neighbours swapped, or a word cut short at its
/// end rarely spell another real name. One letter *replaced* often does: Toyota/Toyoda,
/// Hamas/Hamad, Tokyo/Tokyu, Solano/Solana. So only slips may be fixed unattended.
public enum TypingSlip {
    /// True when `written` is `intended` with one letter dropped or added, two neighbouring
    /// letters swapped, or one or two letters cut off its end (compare folded text).
    public static func isSlip(_ written: [Unicode.Scalar], of intended: [Unicode.Scalar]) -> Bool {
        let (a, b) = (written, intended)
        if a == b { return false }
        if a.count + 1 == b.count || a.count == b.count + 1 {
            let (short, long) = a.count < b.count ? (a, b) : (b, a)
            var i = 0
            while i < short.count && short[i] == long[i] { i += 1 }
            return short[i...].elementsEqual(long[(i + 1)...])
        }
        if a.count == b.count {
            let differ = a.indices.filter { a[$0] != b[$0] }
            return differ.count == 2 && differ[1] == differ[0] + 1
                && a[differ[0]] == b[differ[1]] && a[differ[1]] == b[differ[0]]
        }
        return a.count + 2 == b.count && b.starts(with: a)
    }
}
