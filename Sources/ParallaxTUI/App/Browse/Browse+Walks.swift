import ParallaxKit

/// Walking the corpus from the reader: quotations (]/[, }/{), the followed
/// speaker's quotations and the followed entity's mentions (n/N), and the
/// places the compare and outlets views open.
///
/// Every walk steps from where the reader is: from the current quotation or
/// mention while it is on screen, else from the top of the reading view.
extension BrowseState {
    /// The index `delta` steps from `current` in a cyclic list of corpus
    /// positions (article, offset); with no current one, the first after
    /// (or last before) `here`.
    static func step(from current: Int?, by delta: Int, in positions: [(Int, Int)], here: (Int, Int)) -> Int {
        let n = positions.count
        if let current { return ((current + delta) % n + n) % n }
        return delta > 0
            ? positions.firstIndex { $0 >= here } ?? 0
            : positions.lastIndex { $0 < here } ?? n - 1
    }

    /// `current` if its position is on screen, else nil: walking on from it, or from the reading place.
    private func onScreen(_ current: Int?, _ positions: [(Int, Int)], _ ctx: UpdateContext) -> Int? {
        guard let current, positions.indices.contains(current) else { return nil }
        return isShown(positions[current].0, positions[current].1, ctx) ? current : nil
    }

    /// ]/[: the next or previous quotation in the corpus; }/{: the next or
    /// previous one by someone other than the current quotation's speaker.
    mutating func moveQuote(by delta: Int, otherSpeaker: Bool, _ ctx: UpdateContext) -> [Request] {
        let quotes = ctx.corpus.walkableQuotes
        guard !quotes.isEmpty else { return [.message("No quotations in the corpus")] }
        let positions = quotes.map { ($0.article, ctx.corpus.quote($0).range.start) }
        let current = onScreen(reader.currentQuote.flatMap { quotes.firstIndex(of: $0) }, positions, ctx)
        var index = Self.step(from: current, by: delta, in: positions, here: readingPosition(ctx))
        if otherSpeaker {
            let speaker = reader.currentQuote.flatMap { ctx.corpus.quote($0).speaker }
            var tried = 0
            while tried < quotes.count, ctx.corpus.quote(quotes[index]).speaker == nil || ctx.corpus.quote(quotes[index]).speaker == speaker {
                index = ((index + delta) % quotes.count + quotes.count) % quotes.count
                tried += 1
            }
            guard tried < quotes.count else { return [.message("No other speaker is quoted")] }
        }
        goToQuote(quotes[index], ctx)
        return []
    }

    /// n/N with no search: the followed speaker's next quotation or the followed entity's next mention.
    mutating func moveFollowed(by delta: Int, _ ctx: UpdateContext) {
        switch reader.followed {
        case .speaker(let chosen)?:
            guard !chosen.entry.quotes.isEmpty else { return }
            let positions = chosen.entry.quotes.map { ($0.article, ctx.corpus.quote($0).range.start) }
            let current = onScreen(chosen.current, positions, ctx)
            goToSpeakerQuote(Self.step(from: current, by: delta, in: positions, here: readingPosition(ctx)), ctx)
        case .entity(let chosen)?:
            guard !chosen.entry.mentions.isEmpty else { return }
            let positions = chosen.entry.mentions.map { ($0.article, $0.range.start) }
            let current = onScreen(chosen.current, positions, ctx)
            goToMention(Self.step(from: current, by: delta, in: positions, here: readingPosition(ctx)), ctx)
        case nil: return
        }
    }

    /// Opens the article of a quotation and shows it as the current one.
    mutating func goToQuote(_ ref: SpeakerIndex.QuoteRef, _ ctx: UpdateContext) {
        reader.currentQuote = ref
        show(ref.article, ctx)
        reveal(ctx.corpus.quote(ref).range, ctx)
    }

    /// Quotation `index` of the followed speaker.
    mutating func goToSpeakerQuote(_ index: Int, _ ctx: UpdateContext) {
        guard var chosen = reader.speaker, chosen.entry.quotes.indices.contains(index) else { return }
        chosen.current = index
        reader.followed = .speaker(chosen)
        goToQuote(chosen.entry.quotes[index], ctx)
    }

    /// Mention `index` of the followed entity.
    mutating func goToMention(_ index: Int, _ ctx: UpdateContext) {
        guard var chosen = reader.entity, chosen.entry.mentions.indices.contains(index) else { return }
        chosen.current = index
        reader.followed = .entity(chosen)
        let mention = chosen.entry.mentions[index]
        show(mention.article, ctx)
        reveal(mention.range, ctx)
    }

    /// Follows an entity (its mentions light up, n/N walk them); one thing is followed at a time.
    mutating func follow(_ entry: EntityIndex.Entry) {
        if reader.entity?.entry != entry { reader.followed = .entity(ChosenEntity(entry: entry)) }
    }

    mutating func follow(_ entry: SpeakerIndex.Entry) {
        if reader.speaker?.entry != entry { reader.followed = .speaker(ChosenSpeaker(entry: entry)) }
    }

    /// Where the compare and outlets views' Enter opens the reader.
    mutating func read(_ target: ReadTarget, _ ctx: UpdateContext) -> [Request] {
        switch target {
        case .sentence(let article, let range):
            show(article, ctx)
            reveal(range, ctx, placement: .top)
            reader.markedSentence = (article, range)
        case .speakerQuote(let entry, let index):
            reader.followed = .speaker(ChosenSpeaker(entry: entry))
            goToSpeakerQuote(index, ctx)
        case .mention(let entry, let index):
            reader.followed = .entity(ChosenEntity(entry: entry))
            goToMention(index, ctx)
        case .quote(let ref):
            goToQuote(ref, ctx)
        case .place(let article, let range, let message):
            show(article, ctx)
            reveal(range, ctx)
            return [.message(message)]
        }
        return []
    }
}
