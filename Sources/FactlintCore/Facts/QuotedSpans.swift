/// Which bytes of a document lie inside a quotation. Fix policy asks it: a quotation
/// records what someone said, so factlint never rewrites one unattended.
///
/// Built lazily: documents without a fixable finding never pay for finding quotations.
struct QuotedSpans {
    private let document: Document
    private var spans: [Range<Int>]?

    init(_ document: Document) { self.document = document }

    /// True when `range` overlaps the text between a pair of quotation marks.
    mutating func contains(_ range: Range<Int>) -> Bool {
        if spans == nil { spans = document.quotations.map(\.bytes) }
        let spans = spans!
        // Quotations come in text order and do not overlap: binary search for the first
        // one that ends after the range starts.
        var low = 0, high = spans.count
        while low < high {
            let mid = (low + high) / 2
            if spans[mid].upperBound <= range.lowerBound { low = mid + 1 } else { high = mid }
        }
        return low < spans.count && spans[low].lowerBound < max(range.upperBound, range.lowerBound + 1)
    }
}
