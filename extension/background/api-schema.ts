/**
 * The SegLens API's paths and schemas, generated from its OpenAPI document by openapi-typescript.
 * Do not edit: `npm run api-schema` writes this file, and a test fails when it is out of date.
 */

/** OneOf type helpers */
type Without<T, U> = { [P in Exclude<keyof T, keyof U>]?: never };
type XOR<T, U> = (T | U) extends object ? (Without<T, U> & U) | (Without<U, T> & T) : T | U;
type OneOf<T extends any[]> = T extends [infer Only] ? Only : T extends [infer A, infer B, ...infer Rest] ? OneOf<[XOR<A, B>, ...Rest]> : never;

export interface paths {
  "/v1/me": {
    /** Who this token belongs to (the extension's connection test) */
    get: operations["getMe"];
  };
  "/v1/lookup": {
    /**
     * Who these addresses are: what their badges show
     * @description Up to 500 addresses in one call, answered in the order asked, from one indexed query: each known person's name, badges and lead score. The rest of what SegLens knows of one person is their card, `GET /v1/contacts/{id}/card`.
     */
    post: operations["lookupPeople"];
  };
  "/v1/contacts/{id}/card": {
    /**
     * Everything a person's card shows: scores with their reasons, value, stage, tone, offer, occasion, suggestions
     * @description Asked when a card opens. Answered with an `ETag`: a client that sends it back as `If-None-Match` gets 304 while nothing changed.
     */
    get: operations["getContactCard"];
  };
  "/v1/contacts": {
    /** List people, optionally searched and filtered by tag or segment */
    get: operations["listContacts"];
    /** Create a person */
    post: operations["createContact"];
  };
  "/v1/contacts/by-email": {
    /** Create the person with this address, or update whoever has it */
    put: operations["upsertContactByEmail"];
  };
  "/v1/contacts/{id}": {
    /** Read a person */
    get: operations["getContact"];
    /** Erase a person with their events, orders, surveys, deals and tags */
    delete: operations["deleteContact"];
    /** Change some of a person's fields */
    patch: operations["updateContact"];
  };
  "/v1/contacts/{id}/profile": {
    /** A person with every score SegLens computed for them, each with its explanation and the time it was computed */
    get: operations["getContactProfile"];
  };
  "/v1/companies": {
    /** List companies */
    get: operations["listCompanies"];
    /** Create a company with its firmographics */
    post: operations["createCompany"];
  };
  "/v1/companies/{id}": {
    /** Read a company */
    get: operations["getCompany"];
  };
  "/v1/tags": {
    /** All tags */
    get: operations["listTags"];
    /** Create a tag (idempotent: an existing slug is returned as it is) */
    post: operations["createTag"];
  };
  "/v1/contacts/{id}/tags": {
    /** A person's tags, with who applied them, when and from which site */
    get: operations["listContactTags"];
  };
  "/v1/contacts/{id}/tags/{slug}": {
    /** Tag a person (idempotent; with an Idempotency-Key, a retry gets the first answer) */
    put: operations["tagContact"];
    /** Untag a person (idempotent; with an Idempotency-Key, a retry gets the first answer) */
    delete: operations["untagContact"];
  };
  "/v1/events": {
    /** Record up to 1,000 events; a repeated idempotency key is accepted once */
    post: operations["recordEvents"];
  };
  "/v1/contacts/{id}/events": {
    /** A person's events, newest first */
    get: operations["listContactEvents"];
  };
  "/v1/contacts/{id}/orders": {
    /** A person's orders, newest first */
    get: operations["listContactOrders"];
    /** Record an order (its externalId is unique) */
    post: operations["recordOrder"];
  };
  "/v1/contacts/{id}/surveys": {
    /** A person's survey answers, newest first */
    get: operations["listContactSurveys"];
    /** Record a satisfaction survey answer (CSAT 1–5 or NPS 0–10) */
    post: operations["recordSurvey"];
  };
  "/v1/contacts/{id}/deals": {
    /** A person's deals with their stage history, newest first */
    get: operations["listContactDeals"];
    /** Open a deal with a person */
    post: operations["openDeal"];
  };
  "/v1/deals/{id}/stage": {
    /** Move a deal to a stage; the move is recorded in its history */
    put: operations["moveDealStage"];
  };
  "/v1/tokens": {
    /** All API tokens (never the tokens themselves) */
    get: operations["listTokens"];
    /** Create a token; the response is the only time it is shown */
    post: operations["createToken"];
  };
  "/v1/tokens/{id}": {
    /** Revoke a token */
    delete: operations["revokeToken"];
  };
  "/v1/rules": {
    /** Every rules document: RFM segment map, lead scoring, lifecycle, value tiers, satisfaction, funnel, occasions, price ladders */
    get: operations["listRules"];
  };
  "/v1/rules/{key}": {
    /** One rules document */
    get: operations["getRules"];
    /** Replace a rules document; everyone is recomputed with it */
    put: operations["replaceRules"];
    /** Go back to the default rules; everyone is recomputed */
    delete: operations["resetRules"];
  };
  "/v1/recompute": {
    /** The latest full recompute and its progress */
    get: operations["getLatestRecompute"];
    /**
     * Recompute everyone now (the base's statistics, then every person in batches)
     * @description Answers at once with the job; when one is already running, with that one.
     */
    post: operations["startRecompute"];
  };
  "/v1/offers": {
    /** Every offer, best first, with how often each was redeemed */
    get: operations["listOffers"];
    /** Add an offer; the next lookups choose with it */
    post: operations["createOffer"];
  };
  "/v1/offers/{key}": {
    /** One offer */
    get: operations["getOffer"];
    /** Remove an offer (its redemptions stay recorded as events) */
    delete: operations["deleteOffer"];
    /** Change some of an offer's fields; the next lookups choose with the change */
    patch: operations["updateOffer"];
  };
  "/v1/offers/{key}/redemptions": {
    /** Record that a person redeemed an offer (an offer_redeemed event; once per idempotency key) */
    post: operations["redeemOffer"];
  };
  "/v1/analytics/segments": {
    /** How many people each segment has now, grouped by kind (largest first within a kind) */
    get: operations["getSegmentSizes"];
  };
  "/v1/analytics/segments/history": {
    /** A segment's size per day over the last `days` days (today included), as the daily full recompute recorded it; days without a recompute have no point */
    get: operations["getSegmentHistory"];
  };
  "/v1/analytics/rfm-grid": {
    /** Customers in each of the 25 recency × frequency cells (scores 1–5), the cell's segment under the workspace's RFM map and the cell's average monetary score */
    get: operations["getRfmGrid"];
  };
  "/v1/analytics/distributions": {
    /** Histograms of lead score (10-point bins), predicted lifetime value and realised revenue (log scale: steps of 1, 2, 5 per power of ten from the smallest positive value, after one underflow bin from the smallest value, e.g. 0 for people without orders), churn risk (bins of 0.1); people per lead grade and value tier */
    get: operations["getDistributions"];
  };
  "/v1/analytics/funnel": {
    /** The deal funnel (intro → free_trial → formal_proposal → negotiation → contract_signed): deals at each stage now, conversion to the next stage and median days in each stage, from the stage history */
    get: operations["getFunnel"];
  };
  "/v1/analytics/satisfaction": {
    /** Survey answers per calendar month (UTC, YYYY-MM) of the last `months`: mean CSAT, NPS (% promoters 9–10 minus % detractors 0–6) and each answer as satisfied, dissatisfied or angry by its own score under the workspace's satisfaction rules */
    get: operations["getSatisfactionByMonth"];
  };
  "/v1/analytics/offers": {
    /** Redemptions of each offer (every offer, best first, then removed ones still redeemed), broken down by the segments the redeeming people are in now */
    get: operations["getOfferRedemptions"];
  };
  "/v1/segments": {
    /** Custom segments, by priority, with their member counts (members: /v1/contacts?segment=segment:<key>) */
    get: operations["listSegments"];
    /** Define a segment; its members are computed at once */
    post: operations["createSegment"];
  };
  "/v1/segments/preview": {
    /**
     * How many people a rule selects now, and a few of them, without saving it
     * @description A rule may use at most 20 behavioural measures, and a preview may take at most 10 s; other requests are served meanwhile.
     */
    post: operations["previewSegment"];
  };
  "/v1/segments/{key}": {
    /** One segment */
    get: operations["getSegment"];
    /** Remove a segment and its memberships */
    delete: operations["deleteSegment"];
    /** Change a segment; its members are computed again at once */
    patch: operations["updateSegment"];
  };
  "/v1/site-reports": {
    /** Sites whose layout changed, per extension version, the latest reported first */
    get: operations["listSiteReports"];
    /**
     * Report that a site's layout changed under the extension (every anchor its adapter relies on missing)
     * @description Sent by the extension at most once a day per site and version. One row per site and extension version: a repeated report counts and updates it.
     */
    post: operations["reportSiteLayout"];
  };
  "/v1/contacts/{id}/timeline": {
    /** A person's events, orders, survey answers, deal stage changes and tags in one list, newest first */
    get: operations["getContactTimeline"];
  };
  "/v1/changes": {
    /**
     * Addresses whose badges changed since a cursor
     * @description What the extension polls to keep the badges it shows current: one indexed range read, usually answering nothing. Scores saved (a tag, new data, a recompute), an address removed and a person erased each move the cursor past the addresses concerned. When more than 500 changed, `everything` is true instead of a list.
     */
    get: operations["listChanges"];
  };
}

export type webhooks = Record<string, never>;

export interface components {
  schemas: {
    Problem: {
      type: string;
      title: string;
      status: number;
      detail?: string;
      errors?: {
          field: string;
          message: string;
        }[];
      instance?: string;
    };
    PersonCard: {
      email: string;
      /** @enum {boolean} */
      known: true;
      contactId: number;
      name: string;
      /** @enum {string|null} */
      honorific: "dr" | "eng" | "prof" | "mr" | "mrs" | "ms" | null;
      displayName: string;
      /** @enum {string} */
      locale: "en" | "fa";
      company: string | null;
      badges: ({
          /** @enum {string} */
          kind: "rfm" | "value" | "lifecycle" | "satisfaction" | "lead" | "funnel" | "tag" | "segment";
          key: string;
          label: string;
          labelFa?: string;
        })[];
      leadScore: {
        score: number;
        /** @enum {string} */
        band: "cold" | "warm" | "hot";
        fit: number;
        engagement: number;
        grade: string;
        /** @enum {string} */
        qualification: "none" | "mql" | "sql";
        reasons: {
            rule: string;
            count: number;
            points: number;
          }[];
      };
      rfm: ({
        r: number;
        f: number;
        m: number;
        /** @enum {string} */
        segment: "champions" | "loyal" | "potential_loyalists" | "new" | "promising" | "need_attention" | "about_to_sleep" | "at_risk" | "cant_lose" | "hibernating";
      }) | null;
      satisfaction: ({
        /** @enum {string} */
        segment: "satisfied" | "dissatisfied" | "angry";
        /** @enum {string} */
        because: "survey" | "complaints";
        tone: {
          open: {
            en: string;
            fa: string;
          };
          avoid: {
            en: string;
            fa: string;
          };
          compensation: boolean;
          discount: boolean;
        };
        /** @enum {string|null} */
        kind: "csat" | "nps" | null;
        score: number | null;
        at: string | null;
      }) | null;
      /** @enum {string|null} */
      valueTier: "gold" | "regular" | "low" | null;
      vip: boolean;
      lifetimeValue: {
        currency: string;
        realised: number;
        orders: number;
        predicted: number | null;
        probabilityAlive: number | null;
        churnRisk: number | null;
      };
      /** @enum {string} */
      lifecycle: "first_contact" | "first_purchase" | "repeat" | "loyal" | "at_risk" | "lost";
      funnel: ({
        /** @enum {string} */
        stage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
        since: string;
        deal: string;
        daysInStage: number;
        milestone: ({
          /** @enum {string} */
          key: "trial_ending" | "trial_ended" | "proposal_unanswered" | "negotiation_stalled";
          days: number;
        }) | null;
      }) | null;
      offer: ({
        key: string;
        code: string | null;
        package: {
          en: string;
          fa: string;
        } | null;
        title: {
          en: string;
          fa: string;
        };
        reason: {
          en: string;
          fa: string;
        };
        because: string[];
      }) | null;
      crossSell: {
          item: string;
          confidence: number;
          lift: number;
          because: string[];
        }[];
      upSell: {
          item: string;
          from: string;
          line: string;
          priceStep: number;
        }[];
      group: {
        index: number;
        description: {
          en: string;
          fa: string;
        };
      } | null;
      occasion: {
        key: string;
        name: {
          en: string;
          fa: string;
        };
        date: string;
        daysUntil: number;
        salutation: string;
        greeting: string;
        explanation: string;
      } | null;
      computedAt: string;
    };
    Contact: {
      name: string;
      /** @enum {string|null} */
      honorific: "dr" | "eng" | "prof" | "mr" | "mrs" | "ms" | null;
      jobTitle: string | null;
      phone: string | null;
      /** @enum {string} */
      locale: "en" | "fa";
      companyId: number | null;
      alternateEmails: string[];
      /** @enum {string|null} */
      ageBand: "child" | "teen" | "young_adult" | "middle_aged" | "senior" | null;
      /** @enum {string|null} */
      gender: "female" | "male" | "other" | null;
      /** @enum {string|null} */
      maritalStatus: "single" | "married" | "divorced" | null;
      /** @enum {string|null} */
      education: "below_diploma" | "diploma" | "bachelor" | "master" | "doctorate" | null;
      /** @enum {string|null} */
      occupation: "employee" | "freelancer" | "retired" | "unemployed" | null;
      /** @enum {string|null} */
      incomeBand: "low" | "middle" | "high" | null;
      /** @enum {string|null} */
      household: "single_person" | "couple_without_children" | "large_family" | null;
      /** @enum {string|null} */
      jobLevel: "staff" | "manager" | "director" | "executive" | null;
      /** Format: date */
      birthday: string | null;
      country: string | null;
      province: string | null;
      city: string | null;
      /** @enum {string|null} */
      settlement: "urban" | "suburban" | "rural" | null;
      /** @enum {string|null} */
      climate: "cold" | "hot" | "temperate" | null;
      /** @enum {string|null} */
      lifestyle: "traditional" | "modern" | "luxury" | "minimalist" | null;
      interests: ("travel" | "art" | "technology" | "sport" | "environment")[];
      /** @enum {string|null} */
      personality: "introvert" | "extrovert" | "risk_taking" | "conservative" | null;
      values: string[];
      /** @enum {string|null} */
      brandAttitude: "discount_seeker" | "quality_and_brand" | null;
      /** @enum {string|null} */
      techSkill: "beginner" | "normal" | "pro" | null;
      /** @enum {string|null} */
      os: "android" | "ios" | "windows" | "macos" | "linux" | null;
      /** @enum {string|null} */
      device: "mobile" | "tablet" | "desktop" | null;
      /** @enum {string|null} */
      socialPlatform: "instagram" | "telegram" | "x" | "whatsapp" | "linkedin" | null;
      /** @enum {string|null} */
      internetSpeed: "slow" | "average" | "fast" | null;
      /** @enum {string|null} */
      acquisitionSource: "referral" | "advertising" | "social" | "organic_search" | "event" | "direct" | null;
      /** @enum {string|null} */
      priceReaction: "price_sensitive" | "quality_seeking" | null;
      /** @enum {string|null} */
      usage: "professional" | "everyday" | null;
      needs: string[];
      consentProfiling: boolean;
      consentMarketing: boolean;
      id: number;
      email: string;
      createdAt: string;
      updatedAt: string;
    };
    Profile: {
      contact: components["schemas"]["Contact"];
      tags: ({
          slug: string;
          label: string;
          color: string;
          appliedBy: string | null;
          appliedAt: string;
          sourceHost: string | null;
        })[];
      computedAt: string | null;
      /** @description lead, rfm, satisfaction, valueTier, vip, lifecycle, funnel, occasion, lifetime, group, crossSell, offer, segments, badges and `explain`: each figure's inputs and rule */
      scores: {
        [key: string]: unknown;
      } | null;
      /** @description What the explanations were measured against: the base's quintile cut points, value thresholds and fitted models */
      base: ({
        customers: number;
        rfmCuts: {
          [key: string]: number[];
        };
        value: {
          goldFrom: number;
          lowBelow: number;
          vipFrom: number;
        };
        valueBasis: string;
        lifetimeModel: {
          [key: string]: unknown;
        } | null;
      }) | null;
    };
    Company: {
      id: number;
      name: string;
      domain: string | null;
      /** @enum {string|null} */
      industry: "software" | "manufacturing" | "retail" | "healthcare" | "education" | "finance" | "construction" | "energy" | "logistics" | "hospitality" | null;
      /** @enum {string|null} */
      size: "1-10" | "11-50" | "51-200" | "201-1000" | "1000+" | null;
      /** @enum {string|null} */
      revenueBand: "under_1m" | "1m_10m" | "10m_100m" | "over_100m" | null;
      country: string | null;
      city: string | null;
    };
    Tag: {
      slug: string;
      label: string;
      /** @default #64748b */
      color?: string;
      id: number;
      createdAt: string;
    };
    Event: {
      contactId: number;
      type: string;
      /** @default {} */
      properties?: {
        [key: string]: unknown;
      };
      /** Format: date-time */
      occurredAt: string;
      idempotencyKey: string;
      id: number;
    };
    Order: {
      externalId: string;
      amount: number;
      currency: string;
      /** @default [] */
      lines?: {
          sku: string;
          productLine: string;
          quantity: number;
          unitPrice: number;
        }[];
      /** Format: date-time */
      orderedAt: string;
      id: number;
      contactId: number;
    };
    Survey: {
      id: number;
      contactId: number;
      /** @enum {string} */
      kind: "csat" | "nps";
      score: number;
      comment: string | null;
      respondedAt: string;
    };
    Deal: {
      id: number;
      contactId: number;
      title: string;
      amount: number | null;
      currency: string;
      /** @enum {string} */
      stage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
      stageChangedAt: string;
      createdAt: string;
      history: ({
          /** @enum {string|null} */
          fromStage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost" | null;
          /** @enum {string} */
          toStage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
          changedAt: string;
          changedBy: string | null;
        })[];
    };
    RulesDocument: {
      /** @enum {string} */
      key: "rfm-segment-map" | "lead-scoring" | "lifecycle" | "value-tiers" | "satisfaction" | "funnel" | "occasions" | "price-ladders" | "money";
      value?: unknown;
      updatedAt: string | null;
      updatedBy: string | null;
    };
    RecomputeJob: {
      id: number;
      /** @enum {string} */
      state: "running" | "done" | "failed";
      reason: string;
      startedAt: string;
      finishedAt: string | null;
      /** @description People recomputed so far */
      done: number;
      total: number;
      error: string | null;
    };
    Offer: {
      key: string;
      priority: number;
      code: string | null;
      package: {
        en: string;
        fa: string;
      } | null;
      segments: string[];
      occasions: string[];
      title: {
        en: string;
        fa: string;
      };
      reason: {
        en: string;
        fa: string;
      };
      /** Format: date */
      validFrom: string | null;
      /** Format: date */
      validTo: string | null;
      active: boolean;
      /** @description Times redeemed (offer_redeemed events) */
      redemptions: number;
      updatedAt: string;
    };
    SegmentSizes: {
      /** @description Everyone in the base, for shares */
      people: number;
      kinds: {
          /** @description The part before the colon: rfm, value, lifecycle, satisfaction, lead, funnel, tag, … */
          kind: string;
          segments: {
              segment: string;
              size: number;
            }[];
        }[];
    };
    SegmentHistory: {
      segment: string;
      days: number;
      /** @description Oldest first */
      points: {
          /** Format: date */
          day: string;
          size: number;
        }[];
    };
    RfmGrid: {
      /** @description People with an RFM score (at least one order) */
      customers: number;
      /** @description R ascending, then F ascending */
      cells: ({
          r: number;
          f: number;
          /** @enum {string} */
          segment: "champions" | "loyal" | "potential_loyalists" | "new" | "promising" | "need_attention" | "about_to_sleep" | "at_risk" | "cant_lose" | "hibernating";
          customers: number;
          /** @description Mean M score (1–5) of the cell; null when it is empty */
          averageMonetaryScore: number | null;
        })[];
    };
    Distributions: {
      /** @description People with computed scores; each histogram's bins and missing add up to it */
      scored: number;
      leadScore: components["schemas"]["Histogram"];
      predictedValue: components["schemas"]["Histogram"];
      realisedRevenue: components["schemas"]["Histogram"];
      churnRisk: components["schemas"]["Histogram"];
      /** @description A1 (best fit, most engaged) … C3 */
      leadGrades: {
          grade: string;
          people: number;
        }[];
      /** @description null: no tier (no orders) */
      valueTiers: ({
          /** @enum {string|null} */
          tier: "gold" | "regular" | "low" | null;
          people: number;
        })[];
    };
    Histogram: {
      /** @description from ≤ value < to; the last bin also holds value = to */
      bins: {
          from: number;
          to: number;
          people: number;
        }[];
      /** @description Scored people without this figure (predicted value: people without orders, or everyone while the base is too small to fit the lifetime value models) */
      missing: number;
    };
    Funnel: {
      stages: ({
          /** @enum {string} */
          stage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
          /** @description Deals at this stage now (for contract_signed: signed deals) */
          deals: number;
          /** @description Deals that were ever at this stage */
          reached: number;
          /** @description Of the deals that reached this stage, the share that also reached the next one; null for the last stage or when none reached this one */
          conversionToNext: number | null;
          /** @description Median days deals stayed at this stage before moving on; deals still there do not count */
          medianDaysInStage: number | null;
          /** @description Stays the median is taken over */
          completedStays: number;
        })[];
      lost: number;
    };
    SatisfactionByMonth: {
      /** @description Oldest first, every month listed */
      months: ({
          month: string;
          answers: number;
          csatAnswers: number;
          /** @description 1–5; null without CSAT answers */
          meanCsat: number | null;
          npsAnswers: number;
          promoters: number;
          detractors: number;
          /** @description Null without NPS answers */
          nps: number | null;
          satisfied: number;
          dissatisfied: number;
          angry: number;
        })[];
    };
    OfferRedemptions: {
      items: ({
          offer: string;
          /** @description Null for an offer since removed */
          title: {
            en: string;
            fa: string;
          } | null;
          /** @description offer_redeemed events */
          redemptions: number;
          /** @description Distinct people who redeemed */
          people: number;
          bySegment: {
              /** @description The part before the colon: rfm, value, lifecycle, satisfaction, lead, funnel, tag, … */
              kind: string;
              segments: {
                  segment: string;
                  /** @description offer_redeemed events */
                  redemptions: number;
                  /** @description Distinct people who redeemed */
                  people: number;
                }[];
            }[];
        })[];
    };
    Segment: {
      key: string;
      name: {
        en: string;
        fa: string;
      };
      /** @description A JsonLogic rule over profile.*, score.* and the behavioural operators (see shared/models/segments/fields.ts) */
      rule: Record<string, never>;
      priority: number;
      color: string;
      members: number;
      updatedAt: string;
      updatedBy: string | null;
    };
    SiteReport: {
      site: string;
      version: string;
      missing: string[];
      checked: number;
      firstSeenAt: string;
      lastSeenAt: string;
      reports: number;
    };
    TimelinePage: {
      items: (OneOf<[{
          /** @enum {string} */
          kind: "event";
          id: number;
          at: string;
          type: string;
          properties: {
            [key: string]: unknown;
          };
        }, {
          /** @enum {string} */
          kind: "order";
          id: number;
          at: string;
          externalId: string;
          amount: number;
          currency: string;
          lines: {
              sku: string;
              productLine: string;
              quantity: number;
              unitPrice: number;
            }[];
        }, {
          /** @enum {string} */
          kind: "survey";
          id: number;
          at: string;
          /** @enum {string} */
          surveyKind: "csat" | "nps";
          score: number;
          comment: string | null;
        }, {
          /** @enum {string} */
          kind: "deal_stage";
          id: number;
          at: string;
          dealId: number;
          deal: string;
          /** @enum {string|null} */
          fromStage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost" | null;
          /** @enum {string} */
          toStage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
          changedBy: string | null;
        }, {
          /** @enum {string} */
          kind: "tag";
          id: number;
          at: string;
          slug: string;
          label: string;
          color: string;
          appliedBy: string | null;
          sourceHost: string | null;
        }]>)[];
      nextCursor: string | null;
    };
    Changes: {
      cursor: number;
      emails: string[];
      everything: boolean;
    };
  };
  responses: never;
  parameters: {
  };
  requestBodies: never;
  headers: never;
  pathItems: never;
}

export type $defs = Record<string, never>;

export type external = Record<string, never>;

export interface operations {

  /** Who this token belongs to (the extension's connection test) */
  getMe: {
    responses: {
      /** @description The token's name and role */
      200: {
        content: {
          "application/json": {
            name: string;
            /** @enum {string} */
            role: "admin" | "manager" | "sales" | "support" | "viewer";
            /** @enum {string} */
            service: "seglens";
          };
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /**
   * Who these addresses are: what their badges show
   * @description Up to 500 addresses in one call, answered in the order asked, from one indexed query: each known person's name, badges and lead score. The rest of what SegLens knows of one person is their card, `GET /v1/contacts/{id}/card`.
   */
  lookupPeople: {
    requestBody: {
      content: {
        "application/json": {
          emails: string[];
        };
      };
    };
    responses: {
      /** @description One result per address */
      200: {
        content: {
          "application/json": {
            results: (OneOf<[{
                email: string;
                /** @enum {boolean} */
                known: true;
                contactId: number;
                displayName: string;
                badges: ({
                    /** @enum {string} */
                    kind: "rfm" | "value" | "lifecycle" | "satisfaction" | "lead" | "funnel" | "tag" | "segment";
                    key: string;
                    label: string;
                    labelFa?: string;
                  })[];
                leadScore: {
                  score: number;
                };
              }, {
                email: string;
                /** @enum {boolean} */
                known: false;
              }]>)[];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /**
   * Everything a person's card shows: scores with their reasons, value, stage, tone, offer, occasion, suggestions
   * @description Asked when a card opens. Answered with an `ETag`: a client that sends it back as `If-None-Match` gets 304 while nothing changed.
   */
  getContactCard: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description The card; `email` is the person's primary address */
      200: {
        content: {
          "application/json": components["schemas"]["PersonCard"];
        };
      };
      /** @description Unchanged since the `ETag` sent */
      304: {
        content: never;
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** List people, optionally searched and filtered by tag or segment */
  listContacts: {
    parameters: {
      query?: {
        cursor?: number | null;
        limit?: number;
        /** @description Part of a name or address */
        q?: string;
        /** @description A tag slug */
        tag?: string;
        /** @description A segment as kind:key, e.g. rfm:champions or value:gold */
        segment?: string;
      };
    };
    responses: {
      /** @description A page of people, oldest first */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Contact"][];
            nextCursor: number | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Create a person */
  createContact: {
    parameters: {
      header?: {
        /** @description Sent again with a retry of this write, gets the first answer again; the write happens once */
        "idempotency-key"?: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {string|null} */
          honorific?: "dr" | "eng" | "prof" | "mr" | "mrs" | "ms" | null;
          jobTitle?: string | null;
          phone?: string | null;
          /** @enum {string} */
          locale?: "en" | "fa";
          companyId?: number | null;
          alternateEmails?: string[];
          /** @enum {string|null} */
          ageBand?: "child" | "teen" | "young_adult" | "middle_aged" | "senior" | null;
          /** @enum {string|null} */
          gender?: "female" | "male" | "other" | null;
          /** @enum {string|null} */
          maritalStatus?: "single" | "married" | "divorced" | null;
          /** @enum {string|null} */
          education?: "below_diploma" | "diploma" | "bachelor" | "master" | "doctorate" | null;
          /** @enum {string|null} */
          occupation?: "employee" | "freelancer" | "retired" | "unemployed" | null;
          /** @enum {string|null} */
          incomeBand?: "low" | "middle" | "high" | null;
          /** @enum {string|null} */
          household?: "single_person" | "couple_without_children" | "large_family" | null;
          /** @enum {string|null} */
          jobLevel?: "staff" | "manager" | "director" | "executive" | null;
          /** Format: date */
          birthday?: string | null;
          country?: string | null;
          province?: string | null;
          city?: string | null;
          /** @enum {string|null} */
          settlement?: "urban" | "suburban" | "rural" | null;
          /** @enum {string|null} */
          climate?: "cold" | "hot" | "temperate" | null;
          /** @enum {string|null} */
          lifestyle?: "traditional" | "modern" | "luxury" | "minimalist" | null;
          interests?: ("travel" | "art" | "technology" | "sport" | "environment")[];
          /** @enum {string|null} */
          personality?: "introvert" | "extrovert" | "risk_taking" | "conservative" | null;
          values?: string[];
          /** @enum {string|null} */
          brandAttitude?: "discount_seeker" | "quality_and_brand" | null;
          /** @enum {string|null} */
          techSkill?: "beginner" | "normal" | "pro" | null;
          /** @enum {string|null} */
          os?: "android" | "ios" | "windows" | "macos" | "linux" | null;
          /** @enum {string|null} */
          device?: "mobile" | "tablet" | "desktop" | null;
          /** @enum {string|null} */
          socialPlatform?: "instagram" | "telegram" | "x" | "whatsapp" | "linkedin" | null;
          /** @enum {string|null} */
          internetSpeed?: "slow" | "average" | "fast" | null;
          /** @enum {string|null} */
          acquisitionSource?: "referral" | "advertising" | "social" | "organic_search" | "event" | "direct" | null;
          /** @enum {string|null} */
          priceReaction?: "price_sensitive" | "quality_seeking" | null;
          /** @enum {string|null} */
          usage?: "professional" | "everyday" | null;
          needs?: string[];
          consentProfiling?: boolean;
          consentMarketing?: boolean;
          email: string;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Create the person with this address, or update whoever has it */
  upsertContactByEmail: {
    parameters: {
      header?: {
        /** @description Sent again with a retry of this write, gets the first answer again; the write happens once */
        "idempotency-key"?: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {string|null} */
          honorific?: "dr" | "eng" | "prof" | "mr" | "mrs" | "ms" | null;
          jobTitle?: string | null;
          phone?: string | null;
          /** @enum {string} */
          locale?: "en" | "fa";
          companyId?: number | null;
          alternateEmails?: string[];
          /** @enum {string|null} */
          ageBand?: "child" | "teen" | "young_adult" | "middle_aged" | "senior" | null;
          /** @enum {string|null} */
          gender?: "female" | "male" | "other" | null;
          /** @enum {string|null} */
          maritalStatus?: "single" | "married" | "divorced" | null;
          /** @enum {string|null} */
          education?: "below_diploma" | "diploma" | "bachelor" | "master" | "doctorate" | null;
          /** @enum {string|null} */
          occupation?: "employee" | "freelancer" | "retired" | "unemployed" | null;
          /** @enum {string|null} */
          incomeBand?: "low" | "middle" | "high" | null;
          /** @enum {string|null} */
          household?: "single_person" | "couple_without_children" | "large_family" | null;
          /** @enum {string|null} */
          jobLevel?: "staff" | "manager" | "director" | "executive" | null;
          /** Format: date */
          birthday?: string | null;
          country?: string | null;
          province?: string | null;
          city?: string | null;
          /** @enum {string|null} */
          settlement?: "urban" | "suburban" | "rural" | null;
          /** @enum {string|null} */
          climate?: "cold" | "hot" | "temperate" | null;
          /** @enum {string|null} */
          lifestyle?: "traditional" | "modern" | "luxury" | "minimalist" | null;
          interests?: ("travel" | "art" | "technology" | "sport" | "environment")[];
          /** @enum {string|null} */
          personality?: "introvert" | "extrovert" | "risk_taking" | "conservative" | null;
          values?: string[];
          /** @enum {string|null} */
          brandAttitude?: "discount_seeker" | "quality_and_brand" | null;
          /** @enum {string|null} */
          techSkill?: "beginner" | "normal" | "pro" | null;
          /** @enum {string|null} */
          os?: "android" | "ios" | "windows" | "macos" | "linux" | null;
          /** @enum {string|null} */
          device?: "mobile" | "tablet" | "desktop" | null;
          /** @enum {string|null} */
          socialPlatform?: "instagram" | "telegram" | "x" | "whatsapp" | "linkedin" | null;
          /** @enum {string|null} */
          internetSpeed?: "slow" | "average" | "fast" | null;
          /** @enum {string|null} */
          acquisitionSource?: "referral" | "advertising" | "social" | "organic_search" | "event" | "direct" | null;
          /** @enum {string|null} */
          priceReaction?: "price_sensitive" | "quality_seeking" | null;
          /** @enum {string|null} */
          usage?: "professional" | "everyday" | null;
          needs?: string[];
          consentProfiling?: boolean;
          consentMarketing?: boolean;
          email: string;
        };
      };
    };
    responses: {
      /** @description Updated */
      200: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      /** @description Created */
      201: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Read a person */
  getContact: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description The person */
      200: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Erase a person with their events, orders, surveys, deals and tags */
  deleteContact: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description Erased */
      204: {
        content: never;
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Change some of a person's fields */
  updateContact: {
    parameters: {
      path: {
        id: number;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: string;
          /** @enum {string|null} */
          honorific?: "dr" | "eng" | "prof" | "mr" | "mrs" | "ms" | null;
          jobTitle?: string | null;
          phone?: string | null;
          /** @enum {string} */
          locale?: "en" | "fa";
          companyId?: number | null;
          alternateEmails?: string[];
          /** @enum {string|null} */
          ageBand?: "child" | "teen" | "young_adult" | "middle_aged" | "senior" | null;
          /** @enum {string|null} */
          gender?: "female" | "male" | "other" | null;
          /** @enum {string|null} */
          maritalStatus?: "single" | "married" | "divorced" | null;
          /** @enum {string|null} */
          education?: "below_diploma" | "diploma" | "bachelor" | "master" | "doctorate" | null;
          /** @enum {string|null} */
          occupation?: "employee" | "freelancer" | "retired" | "unemployed" | null;
          /** @enum {string|null} */
          incomeBand?: "low" | "middle" | "high" | null;
          /** @enum {string|null} */
          household?: "single_person" | "couple_without_children" | "large_family" | null;
          /** @enum {string|null} */
          jobLevel?: "staff" | "manager" | "director" | "executive" | null;
          /** Format: date */
          birthday?: string | null;
          country?: string | null;
          province?: string | null;
          city?: string | null;
          /** @enum {string|null} */
          settlement?: "urban" | "suburban" | "rural" | null;
          /** @enum {string|null} */
          climate?: "cold" | "hot" | "temperate" | null;
          /** @enum {string|null} */
          lifestyle?: "traditional" | "modern" | "luxury" | "minimalist" | null;
          interests?: ("travel" | "art" | "technology" | "sport" | "environment")[];
          /** @enum {string|null} */
          personality?: "introvert" | "extrovert" | "risk_taking" | "conservative" | null;
          values?: string[];
          /** @enum {string|null} */
          brandAttitude?: "discount_seeker" | "quality_and_brand" | null;
          /** @enum {string|null} */
          techSkill?: "beginner" | "normal" | "pro" | null;
          /** @enum {string|null} */
          os?: "android" | "ios" | "windows" | "macos" | "linux" | null;
          /** @enum {string|null} */
          device?: "mobile" | "tablet" | "desktop" | null;
          /** @enum {string|null} */
          socialPlatform?: "instagram" | "telegram" | "x" | "whatsapp" | "linkedin" | null;
          /** @enum {string|null} */
          internetSpeed?: "slow" | "average" | "fast" | null;
          /** @enum {string|null} */
          acquisitionSource?: "referral" | "advertising" | "social" | "organic_search" | "event" | "direct" | null;
          /** @enum {string|null} */
          priceReaction?: "price_sensitive" | "quality_seeking" | null;
          /** @enum {string|null} */
          usage?: "professional" | "everyday" | null;
          needs?: string[];
          consentProfiling?: boolean;
          consentMarketing?: boolean;
          email?: string;
        };
      };
    };
    responses: {
      /** @description Updated */
      200: {
        content: {
          "application/json": components["schemas"]["Contact"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person with every score SegLens computed for them, each with its explanation and the time it was computed */
  getContactProfile: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description The profile */
      200: {
        content: {
          "application/json": components["schemas"]["Profile"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** List companies */
  listCompanies: {
    parameters: {
      query?: {
        cursor?: number | null;
        limit?: number;
      };
    };
    responses: {
      /** @description A page of companies */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Company"][];
            nextCursor: number | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Create a company with its firmographics */
  createCompany: {
    requestBody: {
      content: {
        "application/json": {
          name: string;
          domain?: string | null;
          /** @enum {string|null} */
          industry?: "software" | "manufacturing" | "retail" | "healthcare" | "education" | "finance" | "construction" | "energy" | "logistics" | "hospitality" | null;
          /** @enum {string|null} */
          size?: "1-10" | "11-50" | "51-200" | "201-1000" | "1000+" | null;
          /** @enum {string|null} */
          revenueBand?: "under_1m" | "1m_10m" | "10m_100m" | "over_100m" | null;
          country?: string | null;
          city?: string | null;
        };
      };
    };
    responses: {
      /** @description Created */
      201: {
        content: {
          "application/json": components["schemas"]["Company"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Read a company */
  getCompany: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description The company */
      200: {
        content: {
          "application/json": components["schemas"]["Company"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** All tags */
  listTags: {
    responses: {
      /** @description Every tag, by slug */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Tag"][];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Create a tag (idempotent: an existing slug is returned as it is) */
  createTag: {
    parameters: {
      header?: {
        /** @description Sent again with a retry of this write, gets the first answer again; the write happens once */
        "idempotency-key"?: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          slug: string;
          label: string;
          /** @default #64748b */
          color?: string;
        };
      };
    };
    responses: {
      /** @description Already existed */
      200: {
        content: {
          "application/json": components["schemas"]["Tag"];
        };
      };
      /** @description Created */
      201: {
        content: {
          "application/json": components["schemas"]["Tag"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person's tags, with who applied them, when and from which site */
  listContactTags: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description The person's tags */
      200: {
        content: {
          "application/json": {
            items: ({
                slug: string;
                label: string;
                color: string;
                appliedBy: string | null;
                appliedAt: string;
                sourceHost: string | null;
              })[];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Tag a person (idempotent; with an Idempotency-Key, a retry gets the first answer) */
  tagContact: {
    parameters: {
      header?: {
        /** @description Sent again with a retry of this write, gets the first answer again; the write happens once */
        "idempotency-key"?: string;
      };
      path: {
        id: number;
        slug: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @default null */
          sourceHost?: string | null;
        };
      };
    };
    responses: {
      /** @description The person's tags after */
      200: {
        content: {
          "application/json": {
            items: ({
                slug: string;
                label: string;
                color: string;
                appliedBy: string | null;
                appliedAt: string;
                sourceHost: string | null;
              })[];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Untag a person (idempotent; with an Idempotency-Key, a retry gets the first answer) */
  untagContact: {
    parameters: {
      header?: {
        /** @description Sent again with a retry of this write, gets the first answer again; the write happens once */
        "idempotency-key"?: string;
      };
      path: {
        id: number;
        slug: string;
      };
    };
    responses: {
      /** @description The person's tags after */
      200: {
        content: {
          "application/json": {
            items: ({
                slug: string;
                label: string;
                color: string;
                appliedBy: string | null;
                appliedAt: string;
                sourceHost: string | null;
              })[];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Record up to 1,000 events; a repeated idempotency key is accepted once */
  recordEvents: {
    requestBody: {
      content: {
        "application/json": {
          events: {
              contactId: number;
              type: string;
              /** @default {} */
              properties?: {
                [key: string]: unknown;
              };
              /** Format: date-time */
              occurredAt: string;
              idempotencyKey: string;
            }[];
        };
      };
    };
    responses: {
      /** @description How many were new and how many were already recorded */
      200: {
        content: {
          "application/json": {
            accepted: number;
            duplicates: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person's events, newest first */
  listContactEvents: {
    parameters: {
      query?: {
        cursor?: number | null;
        limit?: number;
      };
      path: {
        id: number;
      };
    };
    responses: {
      /** @description A page of events */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Event"][];
            nextCursor: number | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person's orders, newest first */
  listContactOrders: {
    parameters: {
      query?: {
        cursor?: number | null;
        limit?: number;
      };
      path: {
        id: number;
      };
    };
    responses: {
      /** @description A page of orders */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Order"][];
            nextCursor: number | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Record an order (its externalId is unique) */
  recordOrder: {
    parameters: {
      path: {
        id: number;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          externalId: string;
          amount: number;
          currency: string;
          /** @default [] */
          lines?: {
              sku: string;
              productLine: string;
              quantity: number;
              unitPrice: number;
            }[];
          /** Format: date-time */
          orderedAt: string;
        };
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        content: {
          "application/json": components["schemas"]["Order"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person's survey answers, newest first */
  listContactSurveys: {
    parameters: {
      query?: {
        cursor?: number | null;
        limit?: number;
      };
      path: {
        id: number;
      };
    };
    responses: {
      /** @description A page of answers */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Survey"][];
            nextCursor: number | null;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Record a satisfaction survey answer (CSAT 1–5 or NPS 0–10) */
  recordSurvey: {
    parameters: {
      path: {
        id: number;
      };
    };
    requestBody: {
      content: {
        "application/json": OneOf<[{
          /** @enum {string} */
          kind: "csat";
          score: number;
        }, {
          /** @enum {string} */
          kind: "nps";
          score: number;
        }]> & ({
          /** @default null */
          comment?: string | null;
          /** Format: date-time */
          respondedAt: string;
        });
      };
    };
    responses: {
      /** @description Recorded */
      201: {
        content: {
          "application/json": components["schemas"]["Survey"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person's deals with their stage history, newest first */
  listContactDeals: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description The person's deals */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Deal"][];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Open a deal with a person */
  openDeal: {
    parameters: {
      path: {
        id: number;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          title: string;
          /** @default null */
          amount?: number | null;
          /** @default USD */
          currency?: string;
          /**
           * @default intro
           * @enum {string}
           */
          stage?: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
        };
      };
    };
    responses: {
      /** @description Opened */
      201: {
        content: {
          "application/json": components["schemas"]["Deal"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Move a deal to a stage; the move is recorded in its history */
  moveDealStage: {
    parameters: {
      path: {
        id: number;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          /** @enum {string} */
          stage: "intro" | "free_trial" | "formal_proposal" | "negotiation" | "contract_signed" | "lost";
        };
      };
    };
    responses: {
      /** @description The deal after the move */
      200: {
        content: {
          "application/json": components["schemas"]["Deal"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** All API tokens (never the tokens themselves) */
  listTokens: {
    responses: {
      /** @description Every token */
      200: {
        content: {
          "application/json": {
            items: ({
                id: number;
                name: string;
                /** @enum {string} */
                role: "admin" | "manager" | "sales" | "support" | "viewer";
                createdAt: string;
                lastUsedAt: string | null;
              })[];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Create a token; the response is the only time it is shown */
  createToken: {
    requestBody: {
      content: {
        "application/json": {
          name: string;
          /** @enum {string} */
          role: "admin" | "manager" | "sales" | "support" | "viewer";
        };
      };
    };
    responses: {
      /** @description The new token */
      201: {
        content: {
          "application/json": {
            id: number;
            token: string;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Revoke a token */
  revokeToken: {
    parameters: {
      path: {
        id: number;
      };
    };
    responses: {
      /** @description Revoked */
      204: {
        content: never;
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Every rules document: RFM segment map, lead scoring, lifecycle, value tiers, satisfaction, funnel, occasions, price ladders */
  listRules: {
    responses: {
      /** @description The rules in force */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["RulesDocument"][];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** One rules document */
  getRules: {
    parameters: {
      path: {
        key: "rfm-segment-map" | "lead-scoring" | "lifecycle" | "value-tiers" | "satisfaction" | "funnel" | "occasions" | "price-ladders" | "money";
      };
    };
    responses: {
      /** @description The rules in force */
      200: {
        content: {
          "application/json": components["schemas"]["RulesDocument"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Replace a rules document; everyone is recomputed with it */
  replaceRules: {
    parameters: {
      path: {
        key: "rfm-segment-map" | "lead-scoring" | "lifecycle" | "value-tiers" | "satisfaction" | "funnel" | "occasions" | "price-ladders" | "money";
      };
    };
    requestBody: {
      content: {
        "application/json": {
          value?: unknown;
        };
      };
    };
    responses: {
      /** @description Saved; a full recompute has started */
      200: {
        content: {
          "application/json": components["schemas"]["RulesDocument"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Go back to the default rules; everyone is recomputed */
  resetRules: {
    parameters: {
      path: {
        key: "rfm-segment-map" | "lead-scoring" | "lifecycle" | "value-tiers" | "satisfaction" | "funnel" | "occasions" | "price-ladders" | "money";
      };
    };
    responses: {
      /** @description The default, now in force */
      200: {
        content: {
          "application/json": components["schemas"]["RulesDocument"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** The latest full recompute and its progress */
  getLatestRecompute: {
    responses: {
      /** @description The latest job, if any since the server started */
      200: {
        content: {
          "application/json": {
            job: components["schemas"]["RecomputeJob"] & (Record<string, never> | null);
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /**
   * Recompute everyone now (the base's statistics, then every person in batches)
   * @description Answers at once with the job; when one is already running, with that one.
   */
  startRecompute: {
    responses: {
      /** @description The running job */
      202: {
        content: {
          "application/json": components["schemas"]["RecomputeJob"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Every offer, best first, with how often each was redeemed */
  listOffers: {
    responses: {
      /** @description The offers */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Offer"][];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Add an offer; the next lookups choose with it */
  createOffer: {
    requestBody: {
      content: {
        "application/json": {
          key: string;
          priority: number;
          code: string | null;
          package: {
            en: string;
            fa: string;
          } | null;
          segments: string[];
          occasions: string[];
          title: {
            en: string;
            fa: string;
          };
          reason: {
            en: string;
            fa: string;
          };
          /** Format: date */
          validFrom: string | null;
          /** Format: date */
          validTo: string | null;
          active: boolean;
        };
      };
    };
    responses: {
      /** @description Added */
      201: {
        content: {
          "application/json": components["schemas"]["Offer"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** One offer */
  getOffer: {
    parameters: {
      path: {
        key: string;
      };
    };
    responses: {
      /** @description The offer */
      200: {
        content: {
          "application/json": components["schemas"]["Offer"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Remove an offer (its redemptions stay recorded as events) */
  deleteOffer: {
    parameters: {
      path: {
        key: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Change some of an offer's fields; the next lookups choose with the change */
  updateOffer: {
    parameters: {
      path: {
        key: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          priority?: number;
          code?: string | null;
          package?: {
            en: string;
            fa: string;
          } | null;
          segments?: string[];
          occasions?: string[];
          title?: {
            en: string;
            fa: string;
          };
          reason?: {
            en: string;
            fa: string;
          };
          /** Format: date */
          validFrom?: string | null;
          /** Format: date */
          validTo?: string | null;
          active?: boolean;
        };
      };
    };
    responses: {
      /** @description The offer after */
      200: {
        content: {
          "application/json": components["schemas"]["Offer"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Record that a person redeemed an offer (an offer_redeemed event; once per idempotency key) */
  redeemOffer: {
    parameters: {
      path: {
        key: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          contactId: number;
          /** Format: date-time */
          redeemedAt?: string;
          idempotencyKey?: string;
        };
      };
    };
    responses: {
      /** @description Recorded (false: already recorded) */
      201: {
        content: {
          "application/json": {
            recorded: boolean;
            redemptions: number;
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** How many people each segment has now, grouped by kind (largest first within a kind) */
  getSegmentSizes: {
    responses: {
      /** @description Current segment sizes */
      200: {
        content: {
          "application/json": components["schemas"]["SegmentSizes"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A segment's size per day over the last `days` days (today included), as the daily full recompute recorded it; days without a recompute have no point */
  getSegmentHistory: {
    parameters: {
      query: {
        /** @description A segment as kind:key, e.g. rfm:champions */
        segment: string;
        days?: number;
      };
    };
    responses: {
      /** @description Daily sizes */
      200: {
        content: {
          "application/json": components["schemas"]["SegmentHistory"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Customers in each of the 25 recency × frequency cells (scores 1–5), the cell's segment under the workspace's RFM map and the cell's average monetary score */
  getRfmGrid: {
    responses: {
      /** @description The grid */
      200: {
        content: {
          "application/json": components["schemas"]["RfmGrid"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Histograms of lead score (10-point bins), predicted lifetime value and realised revenue (log scale: steps of 1, 2, 5 per power of ten from the smallest positive value, after one underflow bin from the smallest value, e.g. 0 for people without orders), churn risk (bins of 0.1); people per lead grade and value tier */
  getDistributions: {
    responses: {
      /** @description The distributions */
      200: {
        content: {
          "application/json": components["schemas"]["Distributions"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** The deal funnel (intro → free_trial → formal_proposal → negotiation → contract_signed): deals at each stage now, conversion to the next stage and median days in each stage, from the stage history */
  getFunnel: {
    responses: {
      /** @description The funnel */
      200: {
        content: {
          "application/json": components["schemas"]["Funnel"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Survey answers per calendar month (UTC, YYYY-MM) of the last `months`: mean CSAT, NPS (% promoters 9–10 minus % detractors 0–6) and each answer as satisfied, dissatisfied or angry by its own score under the workspace's satisfaction rules */
  getSatisfactionByMonth: {
    parameters: {
      query?: {
        months?: number;
      };
    };
    responses: {
      /** @description Satisfaction by month */
      200: {
        content: {
          "application/json": components["schemas"]["SatisfactionByMonth"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Redemptions of each offer (every offer, best first, then removed ones still redeemed), broken down by the segments the redeeming people are in now */
  getOfferRedemptions: {
    responses: {
      /** @description Redemptions per offer */
      200: {
        content: {
          "application/json": components["schemas"]["OfferRedemptions"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Custom segments, by priority, with their member counts (members: /v1/contacts?segment=segment:<key>) */
  listSegments: {
    responses: {
      /** @description The segments */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["Segment"][];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Define a segment; its members are computed at once */
  createSegment: {
    requestBody: {
      content: {
        "application/json": {
          key: string;
          name: {
            en: string;
            fa: string;
          };
          /** @description A JsonLogic rule over profile.*, score.* and the behavioural operators (see shared/models/segments/fields.ts) */
          rule: Record<string, never>;
          priority: number;
          color: string;
        };
      };
    };
    responses: {
      /** @description Defined */
      201: {
        content: {
          "application/json": components["schemas"]["Segment"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description Conflicts with existing data */
      409: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /**
   * How many people a rule selects now, and a few of them, without saving it
   * @description A rule may use at most 20 behavioural measures, and a preview may take at most 10 s; other requests are served meanwhile.
   */
  previewSegment: {
    requestBody: {
      content: {
        "application/json": {
          /** @description A JsonLogic rule over profile.*, score.* and the behavioural operators (see shared/models/segments/fields.ts) */
          rule: Record<string, never>;
        };
      };
    };
    responses: {
      /** @description The count and up to 10 people */
      200: {
        content: {
          "application/json": {
            count: number;
            sample: {
                id: number;
                email: string;
                name: string;
              }[];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The rule took longer than the time limit to run over the base */
      422: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** One segment */
  getSegment: {
    parameters: {
      path: {
        key: string;
      };
    };
    responses: {
      /** @description The segment */
      200: {
        content: {
          "application/json": components["schemas"]["Segment"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Remove a segment and its memberships */
  deleteSegment: {
    parameters: {
      path: {
        key: string;
      };
    };
    responses: {
      /** @description Removed */
      204: {
        content: never;
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Change a segment; its members are computed again at once */
  updateSegment: {
    parameters: {
      path: {
        key: string;
      };
    };
    requestBody: {
      content: {
        "application/json": {
          name?: {
            en: string;
            fa: string;
          };
          /** @description A JsonLogic rule over profile.*, score.* and the behavioural operators (see shared/models/segments/fields.ts) */
          rule?: Record<string, never>;
          priority?: number;
          color?: string;
        };
      };
    };
    responses: {
      /** @description The segment after */
      200: {
        content: {
          "application/json": components["schemas"]["Segment"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** Sites whose layout changed, per extension version, the latest reported first */
  listSiteReports: {
    responses: {
      /** @description Every site and version reported */
      200: {
        content: {
          "application/json": {
            items: components["schemas"]["SiteReport"][];
          };
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /**
   * Report that a site's layout changed under the extension (every anchor its adapter relies on missing)
   * @description Sent by the extension at most once a day per site and version. One row per site and extension version: a repeated report counts and updates it.
   */
  reportSiteLayout: {
    requestBody: {
      content: {
        "application/json": {
          site: string;
          version: string;
          missing: string[];
          checked: number;
        };
      };
    };
    responses: {
      /** @description Counted on the existing row */
      200: {
        content: {
          "application/json": components["schemas"]["SiteReport"];
        };
      };
      /** @description First report of this site and version */
      201: {
        content: {
          "application/json": components["schemas"]["SiteReport"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /** A person's events, orders, survey answers, deal stage changes and tags in one list, newest first */
  getContactTimeline: {
    parameters: {
      query?: {
        /** @description The nextCursor of the page before */
        cursor?: string;
        limit?: number;
      };
      path: {
        id: number;
      };
    };
    responses: {
      /** @description A page of the timeline */
      200: {
        content: {
          "application/json": components["schemas"]["TimelinePage"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No such resource */
      404: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
  /**
   * Addresses whose badges changed since a cursor
   * @description What the extension polls to keep the badges it shows current: one indexed range read, usually answering nothing. Scores saved (a tag, new data, a recompute), an address removed and a person erased each move the cursor past the addresses concerned. When more than 500 changed, `everything` is true instead of a list.
   */
  listChanges: {
    parameters: {
      query?: {
        /** @description The cursor of the previous answer; without it, the answer only gives the cursor to start from */
        since?: number | null;
      };
    };
    responses: {
      /** @description The changes, and the cursor to ask from next */
      200: {
        content: {
          "application/json": components["schemas"]["Changes"];
        };
      };
      /** @description Invalid input; `errors` names each offending field */
      400: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description No valid API token */
      401: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
      /** @description The token's role may not do this */
      403: {
        content: {
          "application/problem+json": components["schemas"]["Problem"];
        };
      };
    };
  };
}
