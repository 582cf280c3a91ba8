@testable import FactlintCLI
import Foundation
import Testing

/// The resolver that canonicalizes many paths by folder gives exactly what resolving each
/// path on its own gives, however the path is spelt and whatever links it goes through.
@Suite struct CanonicalPathTests {
    @Test func resolverAgreesWithResolvingEachPathAlone() throws {
        let s = try Scratch()
        try s.write("news/a.txt", "x\n")
        try s.write("news/deep/b.txt", "y\n")
        try FileManager.default.createSymbolicLink(atPath: s.path("alias"), withDestinationPath: s.path("news"))
        try FileManager.default.createSymbolicLink(atPath: s.path("news/link.txt"), withDestinationPath: s.path("news/a.txt"))
        let base = s.url.path
        let spellings = [
            "\(base)/news/a.txt", "\(base)/news//a.txt", "\(base)/news/./a.txt", "\(base)/news/deep/../a.txt",
            "\(base)/alias/a.txt", "\(base)/alias/deep/b.txt", "\(base)/news/link.txt", "\(base)/news/missing.txt",
            "\(base)/news/", "\(base)/news/.", "\(base)/news/deep/..", "a.txt", "/",
        ]
        var resolver = CanonicalPath.Resolver()
        for path in spellings + spellings { // the second round is answered from the folder cache
            #expect(resolver.of(path) == CanonicalPath.of(path), "\(path)")
        }
        #expect(resolver.of("\(base)/alias/a.txt") == resolver.of("\(base)/news/a.txt"))
    }
}
