import Dispatch

/// Where a run's time went, per rule (`factlint --timing`, like ESLint's `TIMING=1`).
/// `check` times are summed over documents and workers (CPU-ish seconds); `compare`
/// (the cross-document pass) runs once per rule, rules side by side on the workers.
public struct Timings: Sendable, Equatable {
    public struct Rule: Sendable, Equatable {
        public var id: String
        public var check: Double
        public var compare: Double
    }

    /// Decoding, tokenizing and segmenting documents, summed over workers.
    public var preparation: Double
    public var rules: [Rule]
    /// Formatting the output (set by the command): nanoseconds and bytes rendered.
    public var output: Output? = nil

    public struct Output: Sendable, Equatable {
        public var nanos: UInt64
        public var bytes: Int
        public init(nanos: UInt64, bytes: Int) { self.nanos = nanos; self.bytes = bytes }
    }

    /// `perDocument[d]` holds preparation then one entry per rule, in nanoseconds.
    init(rules ids: [String], _ perDocument: [[UInt64]]) {
        var sums = [UInt64](repeating: 0, count: ids.count + 1)
        for laps in perDocument where laps.count == sums.count {
            for i in laps.indices { sums[i] &+= laps[i] }
        }
        preparation = Double(sums[0]) / 1e9
        rules = ids.enumerated().map { Rule(id: $1, check: Double(sums[$0 + 1]) / 1e9, compare: 0) }
    }

    /// A table, slowest rule first.
    public func table() -> String {
        let rows = rules.sorted { ($0.check + $0.compare, $0.id) > ($1.check + $1.compare, $1.id) }
        let width = max(24, rows.map(\.id.count).max() ?? 0)
        func pad(_ s: String) -> String { s + String(repeating: " ", count: max(0, width - s.count)) }
        func ms(_ s: Double) -> String {
            let text = String(Int((s * 1000).rounded()))
            return String(repeating: " ", count: max(0, 9 - text.count)) + text
        }
        var out = pad("rule") + "  check ms  compare ms\n"
        out += pad("(tokenizing documents)") + ms(preparation) + "\n"
        for row in rows { out += pad(row.id) + ms(row.check) + "   " + ms(row.compare) + "\n" }
        if let output {
            let seconds = Double(output.nanos) / 1e9
            let rate = seconds > 0 ? " (\(Int((Double(output.bytes) / 1e6 / seconds).rounded())) MB/s)" : ""
            out += pad("(formatting output)") + ms(seconds) + "   \(output.bytes) bytes\(rate)\n"
        }
        return out
    }
}

/// Laps of a monotonic clock; does nothing when disabled.
struct Stopwatch {
    private(set) var laps: [UInt64] = []
    private var last: UInt64
    private let enabled: Bool

    init(enabled: Bool) {
        self.enabled = enabled
        last = enabled ? DispatchTime.now().uptimeNanoseconds : 0
    }

    mutating func lap() {
        guard enabled else { return }
        let now = DispatchTime.now().uptimeNanoseconds
        laps.append(now - last)
        last = now
    }

    var seconds: Double { Double(laps.reduce(0, +)) / 1e9 }
}
