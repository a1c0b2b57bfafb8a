import ParallaxKit
@testable import ParallaxTUI

/// A handful of invented articles for update and widget tests: small
/// enough to read in full, so a test says exactly what it expects.
enum TinyCorpus {
    /// Two reports of the opening of a bridge, and a storm report.
    static let texts: [(path: String, text: String)] = [
        ("bridge-post.txt", """
            ---
            outlet: Daily Post
            date: 2024-03-01
            ---
            Mayor Opens New Bridge Over The Alden River

            Mayor Ana Ruiz opened the new bridge over the Alden River on Friday, ending three years of building work.

            "This bridge joins the two halves of our town," Ruiz told a crowd of several hundred people.

            The bridge cost twelve million euros and carries two lanes of traffic and a cycle path.
            """),
        ("bridge-star.txt", """
            ---
            outlet: Evening Star
            date: 2024-03-02
            ---
            Port Alden Celebrates As River Bridge Opens

            Mayor Ana Ruiz opened the new bridge over the Alden River on Friday, ending three years of building work.

            "It is money well spent," said council member Tomas Berg.
            """),
        ("storm.txt", """
            ---
            outlet: Harbour Times
            date: 2024-04-10
            ---
            Storm Closes The Harbour For Two Days

            A storm closed the harbour at Port Alden for two days, the port authority said on Wednesday.
            """),
    ]

    static let corpus = Corpus.from(texts: texts)

    /// One long article: thirty paragraphs, each with a quotation by one of two speakers.
    static let long = Corpus.from(texts: [("talks.txt", """
        ---
        outlet: Harbour Times
        date: 2024-04-11
        ---
        Harbour Talks Go On Into The Night

        """ + (1...30).map { i in
            "Talks went on for an hour more. \"Point \(i) still stands,\" said \(i % 2 == 0 ? "Maria Okafor" : "Tomas Lindqvist")."
        }.joined(separator: "\n\n") + "\n")])

    /// A state of the reader at `size` after `events`, with the layout cache
    /// update used. Background work asked for is done at once (see `step`).
    /// With `memory`, the reader opens as an earlier run left it.
    static func state(_ size: Size, _ events: [Event] = [], corpus: Corpus = corpus,
                      memory: ReaderMemory? = nil) -> (AppState, LayoutCache) {
        let reader = ReaderCorpus(articles: corpus.articles, events: corpus.events)
        let layouts = LayoutCache(articles: reader.articles)
        var state = memory.map { AppState(corpus: reader, size: size, memory: $0, layouts: layouts) }
            ?? AppState(corpus: reader, size: size)
        for event in events { state = step(state, event, layouts) }
        return (state, layouts)
    }

    /// `update` with the jobs it starts done on the spot and their results
    /// fed back, as the loop does with an inline executor.
    static func step(_ state: AppState, _ event: Event, _ layouts: LayoutCache) -> AppState {
        var (next, effects) = Update.update(state, event, layouts: layouts)
        while !effects.isEmpty {
            let effect = effects.removeFirst()
            guard case .start(let id, let job) = effect else { continue }
            let outcome = Jobs.perform(job, corpus: next.corpus)
            let more: [Effect]
            (next, more) = Update.update(next, .finished(JobResult(job: id, outcome: outcome)), layouts: layouts)
            effects += more
        }
        return next
    }
}
