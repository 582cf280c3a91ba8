/// A figure found in text, with its span and normalised value.
public struct Quantity: Sendable, Equatable {
    public enum Unit: Sendable, Hashable, CustomStringConvertible {
        case money(String)   // ISO currency code
        case percent
        case duration(String) // "day", "week", "month", "year", "hour"
        case count

        public var description: String {
            switch self {
            case .money(let code): return code
            case .percent: return "percent"
            case .duration(let u): return u + "s"
            case .count: return "count"
            }
        }
    }

    /// How the text bounds the figure: "up to $400bn" is at most 400bn.
    public enum Qualifier: String, Sendable, Equatable {
        case exact, approximate, atLeast, atMost, range
    }

    /// Tokens of the figure itself (qualifier words excluded).
    public var tokens: Range<Int>
    public var bytes: Range<Int>
    public var value: Double
    /// Upper end for ranges ("160 million to 230 million"); otherwise equal to `value`.
    public var upper: Double
    /// The number as written, before the magnitude ("550" in "$550 billion").
    public var mantissa: Double
    public var unit: Unit
    public var qualifier: Qualifier
    /// True when a magnitude word or suffix is present ("billion", "bn", "m").
    public var hasMagnitude: Bool

    /// The closed interval the text allows, widened by the qualifier.
    public var interval: ClosedRange<Double> {
        switch qualifier {
        case .atLeast: return value...Double.infinity
        case .atMost: return -Double.infinity...value
        case .range: return min(value, upper)...max(value, upper)
        case .exact, .approximate: return value...value
        }
    }
}

/// When two figures for one fact agree, given a tolerance.
public struct Tolerance: Sendable, Equatable {
    public var relative: Double
    public var absolute: Double

    public static let exact = Tolerance(relative: 0, absolute: 0)

    public init(relative: Double = 0, absolute: Double = 0) {
        self.relative = relative
        self.absolute = absolute
    }

    func close(_ a: Double, _ b: Double) -> Bool {
        abs(a - b) <= max(absolute, relative * max(abs(a), abs(b))) + 1e-9 * max(abs(a), abs(b))
    }

    /// Figures agree when their stated values are within tolerance, or when one is a
    /// plain figure that lies inside the other's bound ("$420bn" and "over $400bn").
    /// Two bounds in the same direction compare by their stated values: "up to $400bn"
    /// and "up to $490bn" disagree.
    public func agree(_ a: Quantity, _ b: Quantity) -> Bool {
        if a.unit != b.unit { return false }
        if close(a.value, b.value) && close(a.upper, b.upper) { return true }
        if a.qualifier == .range || b.qualifier == .range {
            let x = a.interval, y = b.interval
            return x.lowerBound <= y.upperBound * (1 + relative) + absolute
                && y.lowerBound <= x.upperBound * (1 + relative) + absolute
        }
        let plain: Set<Quantity.Qualifier> = [.exact, .approximate]
        if plain.contains(a.qualifier) && !plain.contains(b.qualifier) { return b.interval.contains(a.value) }
        if plain.contains(b.qualifier) && !plain.contains(a.qualifier) { return a.interval.contains(b.value) }
        return false
    }
}
