/// A conversion in brackets: "5,000 acres (2,023 hectares)", "40 km (25 miles)", "31C
/// (88F)". The bracketed figure is the same quantity as the one right before it, in another
/// unit of the same dimension: it is marked `.conversion`, so it never binds to a fact on
/// its own (its unit may match another fact's), and it is checked against the figure it
/// converts. Money in another currency ("€1.4 billion ($1.51 billion)") is left a figure
/// of its own: exchange rates are not facts an article states, so a rule file states the
/// converted amount as a fact of its own when it wants it checked.
extension ClaimReader {
    func markConversions(_ items: inout [Quantity], in d: Document) {
        for i in items.indices.dropFirst() where ClaimReader.bracketed(items[i], after: items[i - 1], in: d)
            && ClaimReader.convertible(items[i - 1].unit, items[i].unit) {
            items[i].role = .conversion
        }
        // "212 kronor per share, roughly 18.70 euros": the same amount per item, in another unit.
        for i in items.indices.dropFirst() where items[i - 1].role == .perItem && items[i].role == .stated
            && items[i - 1].unit.dimension == items[i].unit.dimension && ClaimReader.restated(items[i], after: items[i - 1], in: d) {
            items[i].role = .perItem
        }
    }

    /// `next` follows `previous` and its per-item words ("per Österholm share") after a comma
    /// or bracket, with at most one word between ("roughly").
    static func restated(_ next: Quantity, after previous: Quantity, in d: Document) -> Bool {
        let t = d.tokens
        let gap = previous.tokens.upperBound..<next.tokens.lowerBound
        guard gap.count >= 2, gap.count <= 6,
              let mark = gap.lastIndex(where: { d.token($0, is: ",") || d.token($0, is: "(") }),
              next.tokens.lowerBound - mark <= 2 else { return false }
        return (gap.lowerBound..<mark).allSatisfy { t[$0].kind == .word }
    }

    /// `inner` is in brackets right after `outer`, with at most two words before it:
    /// "(25 miles)", "(about 25 miles)", "(or about 25 miles)".
    static func bracketed(_ inner: Quantity, after outer: Quantity, in d: Document) -> Bool {
        let t = d.tokens
        let open = outer.tokens.upperBound, close = inner.tokens.upperBound
        return open < inner.tokens.lowerBound && d.token(open, is: "(") && close < t.count && d.token(close, is: ")")
            && inner.tokens.lowerBound - open <= 3
            && (open + 1..<inner.tokens.lowerBound).allSatisfy({ t[$0].kind == .word })
    }

    /// Two units one quantity can be written in: one dimension that has convertible units
    /// (not counts, percentages, ordinals or money), two different units.
    static func convertible(_ a: Unit, _ b: Unit) -> Bool {
        guard a.dimension == b.dimension, a.code != b.code else { return false }
        switch a.dimension {
        case .count, .percent, .ordinal, .money: return false
        default: return true
        }
    }
}
