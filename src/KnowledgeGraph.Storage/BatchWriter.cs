using KnowledgeGraph.Core;
using KnowledgeGraph.Core.Documents;
using KnowledgeGraph.Core.Resolution;
using Microsoft.Data.Sqlite;

namespace KnowledgeGraph.Storage;

/// <summary>
/// Writes resolved documents inside one transaction. The statements are prepared once per batch and re-bound for every
/// row, because a batch runs thousands of small inserts and re-parsing each one would dominate the cost; they run
/// through SQLite's own interface (<see cref="RawStatement"/>), which binds a row in half the time.
/// </summary>
internal sealed class BatchWriter : IDisposable
{
    private const string DocumentExistsSql = "SELECT 1 FROM documents WHERE content_hash = @content_hash";

    private const string InsertDocumentSql = """
        INSERT INTO documents (path, title, source, url, published, byline, dateline, content_hash, text, extractor_version)
        VALUES (@path, @title, @source, @url, @published, @byline, @dateline, @content_hash, @text, @extractor_version)
        RETURNING id
        """;

    // Facts of a document stored again (re-extraction) may count from another day than before.
    private const string SetReferenceDateSql = "UPDATE documents SET reference_date = @reference_date WHERE id = @id";

    private const string InsertSentenceSql = """
        INSERT INTO sentences (document_id, sentence, start, "end") VALUES (@document_id, @sentence, @start, @end)
        """;

    private const string InsertEntitySql = """
        INSERT INTO entities (id, kind, name, mention_count, document_count)
        VALUES (@id, @kind, @name, @mention_count, 1)
        """;

    // @name is NULL unless the document names the entity more completely than before (ResolvedEntity.IsRenamed).
    private const string UpdateEntitySql = """
        UPDATE entities
        SET mention_count = mention_count + @mention_count, document_count = document_count + 1,
            name = ifnull(@name, name)
        WHERE id = @id
        """;

    private const string UpsertKindVoteSql = """
        INSERT INTO entity_kind_votes (entity_id, kind, mentions) VALUES (@entity_id, @kind, @mentions)
        ON CONFLICT (entity_id, kind) DO UPDATE SET mentions = mentions + excluded.mentions
        """;

    // KindVote.Leader in SQL: the most mentions; 'other' only while nothing else has a vote; a tie keeps the current
    // kind when it leads, else the leader first in ordinal order (the column's default BINARY collation).
    private const string ElectKindSql = """
        UPDATE entities
        SET kind = ifnull((
            SELECT v.kind FROM entity_kind_votes v
            WHERE v.entity_id = @id AND v.mentions > 0
            ORDER BY v.kind <> 'other' DESC, v.mentions DESC, v.kind = (SELECT kind FROM entities WHERE id = @id) DESC, v.kind
            LIMIT 1), kind)
        WHERE id = @id
        """;

    // A key may belong to several entities; registering the same one twice changes nothing.
    private const string InsertKeySql = """
        INSERT INTO entity_keys (key, entity_id) VALUES (@key, @entity_id) ON CONFLICT DO NOTHING
        """;

    private const string UpsertAliasSql = """
        INSERT INTO aliases (entity_id, alias, count) VALUES (@entity_id, @alias, @count)
        ON CONFLICT (entity_id, alias) DO UPDATE SET count = count + excluded.count
        """;

    private const string InsertMentionSql = """
        INSERT INTO mentions (entity_id, document_id, sentence, start, "end", text)
        VALUES (@entity_id, @document_id, @sentence, @start, @end, @text)
        """;

    // The conflict target is the expression index relations_identity, so NULL labels meet each other.
    private const string UpsertRelationSql = """
        INSERT INTO relations (source_id, target_id, kind, label, weight, document_count)
        VALUES (@source_id, @target_id, @kind, @label, @weight, 1)
        ON CONFLICT (source_id, target_id, kind, ifnull(label, ''))
        DO UPDATE SET weight = weight + excluded.weight, document_count = document_count + 1
        RETURNING id
        """;

    private const string InsertEvidenceSql = """
        INSERT INTO evidence (relation_id, document_id, start, "end") VALUES (@relation_id, @document_id, @start, @end)
        ON CONFLICT DO NOTHING
        """;

    // The signature is already the event as joined over all reports, so it replaces what the row held; only a date
    // inferred for an undated article (date_basis 'inferred') stays while no article states one.
    private const string UpsertEventSql = """
        INSERT INTO events (entity_id, event_type, date, date_precision, place_id, date_basis)
        VALUES (@entity_id, @event_type, @date, @date_precision, @place_id, CASE WHEN @date IS NULL THEN NULL ELSE 'text' END)
        ON CONFLICT (entity_id) DO UPDATE SET
            event_type = excluded.event_type, place_id = excluded.place_id,
            date = ifnull(excluded.date, events.date), date_precision = ifnull(excluded.date_precision, events.date_precision),
            date_basis = ifnull(excluded.date_basis, events.date_basis)
        """;

    private const string InsertUndatedReportSql = """
        INSERT INTO undated_event_reports (document_id, event_id, offsets) VALUES (@document_id, @event_id, @offsets)
        ON CONFLICT DO NOTHING
        """;

    private const string InsertParticipantSql = """
        INSERT INTO event_participants (event_id, entity_id, role) VALUES (@event_id, @entity_id, @role) ON CONFLICT DO NOTHING
        """;

    private const string InsertQuoteSql = """
        INSERT INTO quotes (speaker_id, document_id, start, "end", text) VALUES (@speaker_id, @document_id, @start, @end, @text)
        """;

    private readonly List<RawStatement> _statements = new();
    private readonly RawStatement _documentExists;
    private readonly RawStatement _insertDocument;
    private readonly RawStatement _insertSentence;
    private readonly RawStatement _insertEntity;
    private readonly RawStatement _updateEntity;
    private readonly RawStatement _upsertKindVote;
    private readonly RawStatement _electKind;
    private readonly RawStatement _insertKey;
    private readonly RawStatement _upsertAlias;
    private readonly RawStatement _insertMention;
    private readonly RawStatement _upsertRelation;
    private readonly RawStatement _insertEvidence;
    private readonly RawStatement _upsertEvent;
    private readonly RawStatement _insertParticipant;
    private readonly RawStatement _insertQuote;
    private readonly RawStatement _insertUndatedReport;
    private readonly RawStatement _setReferenceDate;

    /// <param name="connection">The connection whose open transaction the rows are written in.</param>
    public BatchWriter(SqliteConnection connection)
    {
        // Parameter names are listed in the order Bind takes their values.
        RawStatement Prepare(string sql, params string[] parameters)
        {
            var statement = new RawStatement(connection, sql, parameters);
            _statements.Add(statement);
            return statement;
        }

        _documentExists = Prepare(DocumentExistsSql, "@content_hash");
        _insertDocument = Prepare(
            InsertDocumentSql,
            "@path", "@title", "@source", "@url", "@published", "@byline", "@dateline", "@content_hash", "@text", "@extractor_version");
        _insertSentence = Prepare(InsertSentenceSql, "@document_id", "@sentence", "@start", "@end");
        _insertEntity = Prepare(InsertEntitySql, "@id", "@kind", "@name", "@mention_count");
        _updateEntity = Prepare(UpdateEntitySql, "@id", "@mention_count", "@name");
        _upsertKindVote = Prepare(UpsertKindVoteSql, "@entity_id", "@kind", "@mentions");
        _electKind = Prepare(ElectKindSql, "@id");
        _insertKey = Prepare(InsertKeySql, "@key", "@entity_id");
        _upsertAlias = Prepare(UpsertAliasSql, "@entity_id", "@alias", "@count");
        _insertMention = Prepare(InsertMentionSql, "@entity_id", "@document_id", "@sentence", "@start", "@end", "@text");
        _upsertRelation = Prepare(UpsertRelationSql, "@source_id", "@target_id", "@kind", "@label", "@weight");
        _insertEvidence = Prepare(InsertEvidenceSql, "@relation_id", "@document_id", "@start", "@end");
        _upsertEvent = Prepare(UpsertEventSql, "@entity_id", "@event_type", "@date", "@date_precision", "@place_id");
        _insertParticipant = Prepare(InsertParticipantSql, "@event_id", "@entity_id", "@role");
        _insertQuote = Prepare(InsertQuoteSql, "@speaker_id", "@document_id", "@start", "@end", "@text");
        _insertUndatedReport = Prepare(InsertUndatedReportSql, "@document_id", "@event_id", "@offsets");
        _setReferenceDate = Prepare(SetReferenceDateSql, "@reference_date", "@id");
    }

    /// <summary>Writes one document and its facts; returns false, writing nothing, when its content is already stored.</summary>
    public bool Write(ResolvedDocument resolved)
    {
        var document = resolved.Facts.Document;
        if (_documentExists.Bind(document.ContentHash).ExecuteScalar() is not null)
        {
            return false;
        }

        WriteFacts(WriteDocument(document, resolved.Facts.ExtractorVersion), resolved);
        return true;
    }

    /// <summary>
    /// Writes the facts of a document that is already stored under <paramref name="documentId"/>: its sentences,
    /// entities, mentions and relations. The document must have no facts yet.
    /// </summary>
    public void WriteFacts(long documentId, ResolvedDocument resolved)
    {
        var document = resolved.Facts.Document;
        OffsetCheck.ThrowIfInconsistent(resolved);
        var offsets = CodePointOffsets.For(document.Text);
        _setReferenceDate.Bind(StoredDate.ToText(resolved.Facts.ReferenceDate), documentId).Execute();
        WriteSentences(documentId, resolved.Facts.Sentences, offsets);
        foreach (var entity in resolved.Entities)
        {
            WriteEntity(entity);
        }

        foreach (var (entityId, mention) in resolved.Mentions)
        {
            _insertMention.Bind(
                entityId,
                documentId,
                mention.Sentence,
                offsets.ToCodePoint(mention.Span.Start),
                offsets.ToCodePoint(mention.Span.End),
                mention.Text).Execute();
        }

        foreach (var relation in resolved.Relations)
        {
            WriteRelation(documentId, relation, offsets);
        }

        foreach (var reported in resolved.Events)
        {
            var signature = reported.Signature;
            _upsertEvent.Bind(reported.EntityId, signature.EventType, signature.Date?.ToIso(), signature.Date?.PrecisionName, signature.PlaceId)
                .Execute();
            foreach (var (entityId, role) in reported.Participants)
            {
                _insertParticipant.Bind(reported.EntityId, entityId, role).Execute();
            }

            if (reported.Floating is { } floating && resolved.Facts.ReferenceDate is null)
            {
                _insertUndatedReport.Bind(documentId, reported.EntityId, floating.ToText()).Execute();
            }
        }

        foreach (var (speakerId, quote) in resolved.Quotes)
        {
            _insertQuote.Bind(speakerId, documentId, offsets.ToCodePoint(quote.Span.Start), offsets.ToCodePoint(quote.Span.End), quote.Text)
                .Execute();
        }
    }

    public void Dispose()
    {
        foreach (var statement in _statements)
        {
            statement.Dispose();
        }
    }

    private long WriteDocument(Document document, int extractorVersion) => _insertDocument.Bind(
        document.Path,
        document.Title,
        document.Source,
        document.Url,
        StoredDate.ToText(document.Published),
        document.Byline,
        document.Dateline,
        document.ContentHash,
        document.Text,
        extractorVersion).ExecuteScalar()!.Value;

    private void WriteSentences(long documentId, IReadOnlyList<TextSpan> sentences, CodePointOffsets offsets)
    {
        for (var i = 0; i < sentences.Count; i++)
        {
            _insertSentence.Bind(documentId, i, offsets.ToCodePoint(sentences[i].Start), offsets.ToCodePoint(sentences[i].End))
                .Execute();
        }
    }

    private void WriteEntity(ResolvedEntity entity)
    {
        if (entity.IsNew)
        {
            _insertEntity.Bind(entity.Id, entity.Kind.ToName(), entity.Name, entity.MentionCount).Execute();
        }
        else if (_updateEntity.Bind(entity.Id, entity.MentionCount, entity.IsRenamed ? entity.Name : null).Execute() != 1)
        {
            throw new InvalidOperationException(
                $"Entity {entity.Id} ('{entity.Name}') is marked as already stored, but the store has no entity {entity.Id}. " +
                "The entity index used for resolution does not belong to this database.");
        }

        foreach (var (kind, mentions) in entity.KindVotes)
        {
            _upsertKindVote.Bind(entity.Id, kind.ToName(), mentions).Execute();
        }

        // A new entity's votes are this document's alone, and GraphBuilder gives it their leader as its kind, so the
        // election in SQL (a statement per entity and document) is needed only for entities stored before.
        if (!entity.IsNew || KindVote.Leader(entity.KindVotes, entity.Kind) != entity.Kind)
        {
            _electKind.Bind(entity.Id).Execute();
        }

        foreach (var key in entity.ResolutionKeys)
        {
            _insertKey.Bind(key, entity.Id).Execute();
        }

        foreach (var (alias, count) in entity.Aliases)
        {
            _upsertAlias.Bind(entity.Id, alias, count).Execute();
        }
    }

    private void WriteRelation(long documentId, ResolvedRelation relation, CodePointOffsets offsets)
    {
        // An empty label and no label are the same relation (see relations_identity); users see NULL for both.
        var label = string.IsNullOrEmpty(relation.Label) ? null : relation.Label;
        var relationId = _upsertRelation.Bind(
            relation.SourceId,
            relation.TargetId,
            relation.Kind,
            label,
            (double)relation.Evidence.Count).ExecuteScalar()!.Value;
        foreach (var span in relation.Evidence)
        {
            _insertEvidence.Bind(relationId, documentId, offsets.ToCodePoint(span.Start), offsets.ToCodePoint(span.End))
                .Execute();
        }
    }
}
