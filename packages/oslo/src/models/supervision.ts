import { z } from "zod";
import {
  Bezoektypes,
  CanoniekeStatussen,
  Checkresultaten,
  Fases,
  Fotobronnen,
  Fotosoorten,
  Ingreeptypes,
  Intrekkingsredenen,
  Klachtstatussen,
  Locatiebronnen,
  Notificatiestatussen,
  Nutsbedrijven,
  Overdrachtsbeslissingen,
  Prioriteiten,
  Registratiestatussen,
  Synctypes,
  Syncuitkomsten,
  Vaststellingsstatussen,
  VerantwoordelijkePartijen,
  Verhardingstypes,
} from "../code-lists/index.js";
import { boolean, code, date, dateTime, decimal, integer, iri, node, text } from "../model-kit/field.js";
import { defineEntity, defineValue } from "../model-kit/model.js";
import { AdresvoorstellingModel, PositieModel } from "./common.js";

/** A pseudonymous inspector id: letters, digits, `-` and `_`, never a name. */
const pseudonym = (iriValue: string, doc: string) =>
  text(
    iriValue,
    doc,
    z
      .string()
      .regex(/^[A-Za-z0-9][A-Za-z0-9_-]{1,63}$/, "een pseudoniem bestaat uit letters, cijfers, - en _"),
  );
const sha256 = (iriValue: string, doc: string) =>
  text(iriValue, doc, z.string().regex(/^[0-9a-f]{64}$/, "een SHA-256 is 64 hexadecimale tekens"));
const gipodIdText = text(
  "gipod:gipodId",
  "GIPOD id of the work, as text (empty for a free finding).",
  z.string().regex(/^\d{1,12}$/, "een GIPOD-id bestaat uit cijfers"),
);

export const ToezichterModel = defineEntity(
  "Toezichter",
  "dn:Toezichter",
  "An inspector, known outside the city only by a pseudonymous id.",
  {
    pseudoniem: pseudonym(
      "dn:pseudoniem",
      "Stable pseudonymous id; the name stays in the city's own configuration.",
    ),
    gebied: text("dn:gebied", "Areas (postcodes or districts) the inspector covers.").list(),
    actief: boolean("dn:actief", "Whether the inspector is active.").optional(),
  },
);

export const ToezichtbezoekModel = defineEntity(
  "Toezichtbezoek",
  "dn:Toezichtbezoek",
  "A planned or made inspection visit to a work.",
  {
    bezoekId: text("dct:identifier", "Id of the visit."),
    bezoektype: code(Bezoektypes, "dn:bezoektype", "START, TUSSEN, EIND or OPVOLGING."),
    geplandeDatum: date("dn:geplandeDatum", "The date the visit is planned for."),
    toezichter: pseudonym("dn:toezichter", "Pseudonymous id of the assigned inspector.").optional(),
    gipodId: gipodIdText.optional(),
    inname: iri("sosa:hasFeatureOfInterest", "IRI of the occupancy (work) visited.").optional(),
    verplicht: boolean("dn:verplicht", "Whether the visit is mandatory (START/EIND).").optional(),
    prioriteit: decimal("dn:prioriteitsscore", "Priority score the planner gave the visit.").optional(),
  },
);

export const VaststellingscontextModel = defineValue(
  "Vaststellingscontext",
  "dn:Vaststellingscontext",
  "The immutable context a finding was made in; fingerprinted at creation.",
  {
    werkId: text("dn:werkId", "The city's id of the work.").optional(),
    gipodId: gipodIdText.optional(),
    dossierId: text("dn:dossierId", "Dossier id.").optional(),
    bonuNummer: text("dn:bonuNummer", "BONU number.").optional(),
    referentieId: text("dn:referentieId", "Reference id (e.g. permit reference).").optional(),
    adres: node(() => AdresvoorstellingModel, "locn:address", "Address of the work.").optional(),
    district: text("dn:district", "District.").optional(),
    nutsbedrijf: code(Nutsbedrijven, "dn:nutsbedrijf", "The utility company.").optional(),
    locatie: node(() => PositieModel, "dn:locatie", "Location of the work (not the device)."),
    locatiebron: code(Locatiebronnen, "dn:locatiebron", "Where the location came from."),
    geplandeDatum: date("dn:geplandeDatum", "Planned visit date.").optional(),
    bezoektype: code(Bezoektypes, "dn:bezoektype", "Visit type.").optional(),
    toezichter: pseudonym("dn:toezichter", "Pseudonymous id of the assigned inspector.").optional(),
  },
);

export const AntwoordModel = defineValue("Antwoord", "dn:Antwoord", "The answer to one checklist field.", {
  veld: text("dn:veld", "Key of the checklist field."),
  waarde: text("dn:waarde", "The value(s) given.", z.string()).list(),
  resultaat: code(Checkresultaten, "dn:resultaat", "OK, NOK or INFO, for check fields.").optional(),
  verantwoordelijke: code(
    VerantwoordelijkePartijen,
    "dn:verantwoordelijke",
    "The party responsible for a NOK.",
  ).optional(),
});

export const FotobewijsModel = defineEntity(
  "Fotobewijs",
  "dn:Fotobewijs",
  "Photo evidence, stored by reference and bound to its bytes by a SHA-256 hash.",
  {
    fotoId: text("dct:identifier", "Id of the photo."),
    soort: code(Fotosoorten, "dn:fotosoort", "VOOR, DETAIL, NA or ANDERE."),
    inhoudHash: sha256("dn:sha256", "SHA-256 (hex) of the image bytes."),
    mediatype: text(
      "dct:format",
      "Media type, e.g. `image/jpeg`.",
      z.string().regex(/^image\/[a-z0-9.+-]+$/, "verwacht een afbeeldingstype zoals image/jpeg"),
    ),
    grootte: integer("dn:grootteInBytes", "Size of the image in bytes.", z.number().int().positive()),
    opslag: text(
      "dn:opslagReferentie",
      "Where the bytes are stored: a URL or a storage key (never inline base64).",
      z
        .string()
        .min(1)
        .refine((v) => !v.startsWith("data:"), "foto's worden per referentie bewaard, niet inline"),
    ),
    genomenOp: dateTime("dn:genomenOp", "When the photo was taken."),
    toestelPositie: node(
      () => PositieModel,
      "dn:toestelPositie",
      "Where the device was (separate from the work location).",
    ).optional(),
    actor: pseudonym("dn:actor", "Pseudonymous id of who took it."),
    bron: code(Fotobronnen, "dn:fotobron", "Camera, file or external system."),
  },
);

export const VaststellingModel = defineEntity(
  "Vaststelling",
  "dn:Vaststelling",
  "A finding registered during an inspection: an immutable context and a mutable payload.",
  {
    vaststellingId: text("dct:identifier", "Id of the finding (a UUID)."),
    context: node(() => VaststellingscontextModel, "dn:context", "The immutable context."),
    contextVingerafdruk: sha256(
      "dn:contextVingerafdruk",
      "SHA-256 of the canonical context, set at creation.",
    ).optional(),
    registratiestatus: code(
      Registratiestatussen,
      "dn:registratiestatus",
      "draft, valid, queued, synced or withdrawn.",
    ),
    status: code(
      Vaststellingsstatussen,
      "adms:status",
      "Follow-up status: open, in_behandeling, geparkeerd, afgesloten.",
    ),
    fase: code(Fases, "dn:fase", "Phase of the work.").optional(),
    ingreepType: code(Ingreeptypes, "dn:ingreepType", "Kind of intervention.").optional(),
    verhardingType: code(Verhardingstypes, "dn:verhardingType", "Pavement type.").optional(),
    kritiekeZone: boolean(
      "dn:kritiekeZone",
      "Whether the site is a critical zone (required for natural stone).",
    ).optional(),
    prioriteit: code(Prioriteiten, "dn:prioriteit", "Priority flag.").optional(),
    antwoorden: node(() => AntwoordModel, "sosa:hasResult", "Checklist answers.").list(),
    overdrachtsbeslissing: code(
      Overdrachtsbeslissingen,
      "dn:overdrachtsbeslissing",
      "BLOCK, REQUEST_FIX or APPROVE.",
    ).optional(),
    overdrachtsnotitie: text("dn:overdrachtsnotitie", "Note with the hand-over decision.").optional(),
    termijnHerstel: date("dn:termijnHerstel", "Deadline for the repair.").optional(),
    maatregel: text("dn:maatregel", "Measure requested.").optional(),
    opmerking: text(
      "rdfs:comment",
      "Notes (at most 500 characters).",
      z.string().trim().min(1).max(500),
    ).optional(),
    heropenReden: text("dn:heropenReden", "Why a closed finding was reopened.").optional(),
    aannemer: text("dn:aannemer", "Contractor or crew (an organisation, never a person).").optional(),
    tags: text("dn:tag", "Tags such as GEPLAND, VRIJ.").list(),
    fotobewijs: node(() => FotobewijsModel, "dn:fotobewijs", "Photo evidence.").list(),
    toezichter: pseudonym("prov:wasAssociatedWith", "Pseudonymous id of the inspector who made the finding."),
    vastgesteldOp: dateTime("sosa:resultTime", "When the finding was made."),
    gewijzigdOp: dateTime("dct:modified", "When the payload last changed.").optional(),
    afgeslotenOp: dateTime(
      "dn:afgeslotenOp",
      "When the finding was last closed (status → afgesloten).",
    ).optional(),
    heropendOp: dateTime(
      "dn:heropendOp",
      "When the finding was last reopened (afgesloten → open).",
    ).optional(),
    intrekkingsreden: code(
      Intrekkingsredenen,
      "dn:intrekkingsreden",
      "Why the finding was withdrawn.",
    ).optional(),
    vervangt: text("dct:replaces", "Id of the finding this one corrects.").optional(),
  },
);

export const KlachtModel = defineEntity(
  "Klacht",
  "dn:Klacht",
  "A resident complaint about a work, e.g. from the city's complaints system. No free text, no personal data.",
  {
    klachtId: text("dct:identifier", "Id in the complaints system."),
    ontvangenOp: dateTime("dct:created", "When the complaint was received."),
    status: code(Klachtstatussen, "adms:status", "Complaint status."),
    gipodId: gipodIdText.optional(),
    district: text("dn:district", "District the complaint is about.").optional(),
    categorie: text("dn:klachtcategorie", "Category from the complaints system.").optional(),
    locatie: node(() => PositieModel, "dn:locatie", "Where the complaint is about.").optional(),
    afgehandeldOp: dateTime("dn:afgehandeldOp", "When it was resolved.").optional(),
  },
);

export const NotificatieModel = defineEntity(
  "Notificatie",
  "dn:Notificatie",
  "A GIPOD notification to the city.",
  {
    notificatieId: text("dct:identifier", "GIPOD's notification id."),
    soort: text("dn:notificatiesoort", "Notification type (GIPOD notification taxonomy label)."),
    status: code(Notificatiestatussen, "adms:status", "Handling status."),
    gipodId: gipodIdText.optional(),
    aangemaaktOp: dateTime("dct:created", "When GIPOD created it."),
    gewijzigdOp: dateTime("dct:modified", "When its status last changed.").optional(),
  },
);

export const SyncEventModel = defineEntity(
  "SyncEvent",
  "dn:SyncEvent",
  "One synchronisation of a record: a finding to the city server, or a GIPOD record into the city.",
  {
    syncEventId: text("dct:identifier", "Id of the event."),
    bron: text(
      "dn:bron",
      "Which channel: `findings`, `gipod-rest`, `gipod-ogc`, `gipod-ldes`, `gipod-xlsx`, …",
    ),
    onderwerp: text("dn:onderwerp", "Id of the record synchronised (finding id or GIPOD id)."),
    uitkomst: code(Syncuitkomsten, "dn:uitkomst", "accepted, duplicate, conflict, rejected or failed."),
    ontvangenOp: dateTime("dn:ontvangenOp", "When the event was processed."),
    bronTijdstip: dateTime(
      "dn:bronTijdstip",
      "The record's own change time at its source (for freshness lag).",
    ).optional(),
    synctype: code(Synctypes, "dn:synctype", "Kind of mutation, for findings.").optional(),
    idempotentieSleutel: text("dn:idempotentieSleutel", "Idempotency key of the mutation.").optional(),
    mutatieVersie: text("dn:mutatieVersie", "Version of the mutation.").optional(),
    payloadHash: sha256("dn:payloadHash", "SHA-256 of the payload.").optional(),
    canoniekeStatus: code(
      CanoniekeStatussen,
      "dn:canoniekeStatus",
      "The canonical status the server mapped.",
    ).optional(),
    toestelId: text("dn:toestelId", "Id of the device that sent it.").optional(),
    pogingen: integer("dn:pogingen", "Delivery attempts.", z.number().int().nonnegative()).optional(),
    reden: text("dn:reden", "Reason code for a rejection or failure.").optional(),
  },
);
