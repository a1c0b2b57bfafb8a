/// The kinds of named entity Parallax recognises (../shared/gold/GUIDELINES.md §2).
public enum EntityType: String, Sendable, Hashable, Codable, CaseIterable {
    case person = "PERSON"
    case org = "ORG"
    case place = "PLACE"
}

/// One mention of a named entity in an article.
public struct EntityMention: Sendable, Hashable {
    public let range: TextRange
    public let type: EntityType
    /// The canonical name shared by every mention of the entity in the corpus
    /// ("Donald Trump" for "Trump", "United States" for "U.S.").
    public let entity: String
}
