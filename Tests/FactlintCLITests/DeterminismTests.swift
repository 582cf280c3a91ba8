import FactlintCLI
import Foundation
import Testing

/// The same input gives byte-identical output in every process, whatever the hash seed
/// (Swift seeds Set and Dictionary per process) and whatever order the paths are given in.
@Suite struct DeterminismTests {
    /// Six wordings of one quotation, each a few words off the others: which wording is
    /// the reference once depended on the order a Dictionary listed them in.
    static let wordings = [
        "stand together with our friends and build a future growth of peace and partners for nations of people in the region and beyond it",
        "with nations friends and partners build future always of peace prosperity for all of our people in freedom region allies it whatever",
        "our friends and build future of peace and prosperity for all growth of our freedom allies people in the region and beyond it whatever",
        "will neighbours stand growth together with our friends and build nations future of peace and prosperity for all security our people in the region and partners beyond",
        "stand together with our friends and security build a future of peace and prosperity for all of our people in the region and",
        "citizens together with our friends and build a future of and prosperity partners of together people growth security always region and beyond it whatever",
    ]

    /// A corpus of near-identical quotations: the fixed wordings above, then more made by a
    /// seeded generator (words dropped, swapped and added).
    static func corpus(in s: Scratch) throws -> [String] {
        var names: [String] = []
        for (i, wording) in wordings.enumerated() {
            names.append("fixed\(i).txt")
            try s.write(names.last!, "Leaders met on Tuesday.\n\n“\(wording),” the minister said.\n")
        }
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next(_ n: Int) -> Int { state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407; return Int((state >> 33) % UInt64(n)) }
        let base = wordings[4].split(separator: " ").map(String.init) + ["whatever", "happens", "next"]
        let extra = ["partners", "allies", "neighbours", "security", "freedom", "growth", "nations", "citizens"]
        for i in 0..<12 {
            var words = Array(base[next(4)..<(base.count - next(4))])
            for _ in 0..<next(4) { words[next(words.count)] = extra[next(extra.count)] }
            for _ in 0..<next(3) { words.remove(at: next(words.count)) }
            for _ in 0..<next(3) { words.insert(extra[next(extra.count)], at: next(words.count)) }
            names.append("gen\(i).txt")
            try s.write(names.last!, "“\(words.joined(separator: " ")),” she said.\n\nThe talks ended.\n")
        }
        return names
    }

    @Test func outputIsIdenticalUnderEveryHashSeed() throws {
        let s = try Scratch()
        let names = try Self.corpus(in: s)
        let paths = names.map(s.path)
        var outputs = Set<Data>()
        var runs = 0
        for k in 0..<12 {
            // Folder, files in order, files reversed, files rotated.
            let arguments: [String] = k % 4 == 0 ? [s.url.path] : k % 4 == 1 ? paths : k % 4 == 2 ? Array(paths.reversed()) : Array(paths[k...] + paths[..<k])
            let run = try Subprocess.run(["--rules", rulesPath, "--fail-level", "warning", "-f", "json"] + arguments)
            #expect(run.status == ExitCode.findings, "\(run.err)")
            outputs.insert(run.out)
            runs += 1
        }
        #expect(runs == 12)
        #expect(outputs.count == 1, "\(outputs.count) different outputs in \(runs) runs")
        let json = String(decoding: outputs.first ?? Data(), as: UTF8.self)
        #expect(json.contains("\"rule\": \"quote-drift\""), "the corpus exercises quote drift")
    }
}
