import ArgumentParser
import Foundation
import ParallaxKit

struct Quotes: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "List the quotations of the corpus or of one article, with who said them.")

    @OptionGroup var corpus: CorpusOptions

    @Option(help: "Only this speaker's quotations (a name or part of one: \"Trump\").")
    var speaker: String?

    @Option(help: "Only this article (an id from `parallax list`).")
    var article: String?

    @Option(help: "Output format: text or json.")
    var format: OutputFormat = .text

    func run() throws {
        try reporting {
            let loaded = try corpus.load()
            var only: Int? = nil
            if let id = article {
                guard let found = loaded.article(id: id), let index = loaded.articles.firstIndex(where: { $0.id == found.id })
                else { throw ValidationFailure("no article with id \(id) (see `parallax list`)") }
                only = index
            }
            var chosen: [SpeakerIndex.QuoteRef]
            if let name = speaker {
                let index = SpeakerIndex(articles: loaded.articles, only: only)
                guard let entry = index.entry(matching: name) else {
                    let near = index.entries.filter { $0.name.lowercased().contains(name.lowercased()) }.map(\.name)
                    let hint = near.isEmpty ? "" : " (did you mean: \(near.joined(separator: ", "))?)"
                    throw ValidationFailure("no speaker matches \(name)\(hint)")
                }
                chosen = entry.quotes
            } else {
                chosen = loaded.articles.indices.filter { only == nil || only == $0 }.flatMap { a in
                    loaded.articles[a].quotes.indices.map { SpeakerIndex.QuoteRef(article: a, quote: $0) }
                }
            }
            switch format {
            case .text:
                print(["article", "speaker", "cue", "kind", "quote"].joined(separator: "\t"))
                for ref in chosen {
                    let a = loaded.articles[ref.article], q = a.quotes[ref.quote]
                    print([a.id, q.speaker ?? "-", q.cue ?? "-", q.kind.rawValue, a.text(q.range)].joined(separator: "\t"))
                }
            case .json:
                struct Row: Encodable {
                    let article: String, start: Int, end: Int, text: String, kind: String, speaker: String?, cue: String?
                    enum CodingKeys: String, CodingKey { case article, start, end, text, kind, speaker, cue }
                    func encode(to encoder: Encoder) throws {
                        var c = encoder.container(keyedBy: CodingKeys.self)
                        try c.encode(article, forKey: .article)
                        try c.encode(start, forKey: .start)
                        try c.encode(end, forKey: .end)
                        try c.encode(text, forKey: .text)
                        try c.encode(kind, forKey: .kind)
                        try c.encode(speaker, forKey: .speaker)  // null, not absent
                        try c.encode(cue, forKey: .cue)
                    }
                }
                let rows = chosen.map { ref -> Row in
                    let a = loaded.articles[ref.article], q = a.quotes[ref.quote]
                    return Row(article: a.id, start: q.range.start, end: q.range.end, text: a.text(q.range),
                               kind: q.kind.rawValue, speaker: q.speaker, cue: q.cue)
                }
                let encoder = JSONEncoder()
                encoder.outputFormatting = [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes]
                printData(try encoder.encode(["quotes": rows]))
            }
        }
    }
}
