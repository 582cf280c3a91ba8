import FactlintCore
import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// Text with nothing to stop a scan (no words, no sentence ends) must not make any pass
/// quadratic. Each test checks the same input at two sizes and compares the CPU time of
/// the checking thread (not wall time, which a busy machine inflates): four times the
/// input may cost about four times the work, never sixteen.
@Suite struct LinearityTests {
    /// CPU seconds this thread spends in `body` (the engine runs inline with one worker).
    func cpuSeconds(_ body: () -> Void) -> Double {
        var start = timespec(), end = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &start)
        body()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &end)
        return Double(end.tv_sec - start.tv_sec) + Double(end.tv_nsec - start.tv_nsec) / 1e9
    }

    /// Growth in CPU time from `n` to `4n` repetitions (best of two runs per size).
    func growth(_ make: (Int) -> [(path: String, text: String)], _ n: Int) -> Double {
        func time(_ k: Int) -> Double {
            let texts = make(k)
            return (0..<2).map { _ in cpuSeconds { _ = Engine(ruleSet: shippedRuleSetForCLI, workers: 1).check(texts: texts) } }.min()!
        }
        return time(4 * n) / max(time(n), 1e-3)
    }

    @Test func amountTablesAreLinear() {
        // A table of amounts: each line ends in "|", so no sentence ever ends.
        let table = growth({ [("t.txt", String(repeating: "| $550 | $1.2 | 30% |\n", count: $0))] }, 5_000)
        #expect(table < 8, "4× the table cost \(table)× the time")
        // Bare amounts, no words at all.
        let bare = growth({ [("t.txt", String(repeating: "$550 ", count: $0))] }, 20_000)
        #expect(bare < 8, "4× the amounts cost \(bare)× the time")
    }

    @Test func amountsWithAndWithoutMagnitudeCompareLinearly() {
        let growth = growth({ n in
            [("a.txt", String(repeating: "Japan pledged $550 billion for the investment fund. ", count: n)),
             ("b.txt", String(repeating: "Japan pledged $550 for the investment fund. ", count: n))]
        }, 1_500)
        #expect(growth < 8, "4× the amounts cost \(growth)× the time")
        let result = Engine(ruleSet: shippedRuleSetForCLI, workers: 1).check(texts: [
            ("a.txt", String(repeating: "Japan pledged $550 billion for the investment fund. ", count: 300)),
            ("b.txt", String(repeating: "Japan pledged $550 for the investment fund. ", count: 300))])
        #expect(result.diagnostics.filter { $0.message.contains("missing its magnitude") }.count == 300, "every bare amount is still found")
    }
}
