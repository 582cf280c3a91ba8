#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// `String(format: "%.Nf", x)` without full Foundation: the C library's own formatting,
/// so the digits (rounding of the exact binary value included) are the same.
public func fixedDecimal(_ x: Double, digits: Int) -> String {
    var buffer = [CChar](repeating: 0, count: 512)
    let written = withVaList([Int32(digits), x]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
    if written >= buffer.count { // |x| near Double.greatestFiniteMagnitude: 309 digits and more
        buffer = [CChar](repeating: 0, count: Int(written) + 1)
        _ = withVaList([Int32(digits), x]) { vsnprintf(&buffer, buffer.count, "%.*f", $0) }
    }
    return String(decoding: buffer.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
}
