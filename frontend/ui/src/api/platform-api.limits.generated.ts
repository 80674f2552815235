// Generated from openapi/platform-api.json by scripts/api-limits.mjs (npm run api:generate); do not edit.
export const limits = {
  "Alert": {
    "fingerprint": {
      "pattern": "[0-9a-f]{1,64}"
    },
    "generatorURL": {
      "maxlength": 2000
    }
  },
  "AlertmanagerNotification": {
    "externalURL": {
      "maxlength": 2000
    },
    "groupKey": {
      "maxlength": 2000
    },
    "receiver": {
      "maxlength": 200
    },
    "version": {
      "pattern": "4"
    }
  },
  "AssignRequest": {
    "email": {
      "maxlength": 254
    }
  },
  "BillingInfo": {
    "address": {
      "maxlength": 500
    },
    "billingEmail": {
      "maxlength": 254
    },
    "companyName": {
      "maxlength": 200
    },
    "vatId": {
      "maxlength": 40
    }
  },
  "ContactInfo": {
    "email": {
      "maxlength": 254
    },
    "name": {
      "maxlength": 100
    },
    "phone": {
      "maxlength": 40,
      "pattern": "^[+0-9 ()./-]*$"
    }
  },
  "CreateFlagRequest": {
    "customerDescription": {
      "maxlength": 500
    },
    "customerName": {
      "maxlength": 80
    },
    "description": {
      "maxlength": 500
    },
    "key": {
      "minlength": 1,
      "pattern": "^[a-z][a-z0-9_]{1,62}$"
    },
    "pct": {
      "min": 0,
      "max": 100
    },
    "reason": {
      "maxlength": 500
    }
  },
  "CreateFlagRequestPatch": {
    "customerDescription": {
      "maxlength": 500
    },
    "customerName": {
      "maxlength": 80
    },
    "description": {
      "maxlength": 500
    },
    "key": {
      "minlength": 1,
      "pattern": "^[a-z][a-z0-9_]{1,62}$"
    },
    "pct": {
      "min": 0,
      "max": 100
    },
    "reason": {
      "maxlength": 500
    }
  },
  "CreatePartnerRequest": {
    "domain": {
      "minlength": 1
    },
    "marginPct": {
      "min": 0,
      "max": 100
    },
    "name": {
      "maxlength": 100
    },
    "slug": {
      "minlength": 1,
      "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
    }
  },
  "CreatePartnerRequestPatch": {
    "domain": {
      "minlength": 1
    },
    "marginPct": {
      "min": 0,
      "max": 100
    },
    "name": {
      "maxlength": 100
    },
    "slug": {
      "minlength": 1,
      "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
    }
  },
  "CreateTenantRequest": {
    "domains": {
      "items": {
        "minlength": 1
      }
    },
    "name": {
      "maxlength": 100
    },
    "partner": {
      "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
    },
    "plan": {
      "maxlength": 40
    },
    "seatCap": {
      "min": 1,
      "max": 100000
    },
    "slug": {
      "minlength": 1,
      "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
    }
  },
  "CreateTenantRequestPatch": {
    "domains": {
      "items": {
        "minlength": 1
      }
    },
    "name": {
      "maxlength": 100
    },
    "partner": {
      "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
    },
    "plan": {
      "maxlength": 40
    },
    "seatCap": {
      "min": 1,
      "max": 100000
    },
    "slug": {
      "minlength": 1,
      "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
    }
  },
  "EvaluateRequest": {
    "tenantSlug": {
      "minlength": 1
    }
  },
  "FlagScope": {
    "environments": {
      "items": {
        "pattern": "^[a-z0-9-]{1,40}$"
      }
    },
    "partnerSlugs": {
      "items": {
        "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
      }
    },
    "plans": {
      "items": {
        "pattern": "^[a-z][a-z0-9-]{1,39}$"
      }
    },
    "tenantSlugs": {
      "items": {
        "pattern": "^[a-z0-9](?:[a-z0-9-]{1,38}[a-z0-9])$"
      }
    }
  },
  "ImpactRequest": {
    "pct": {
      "min": 0,
      "max": 100
    }
  },
  "IncidentMessageRequest": {
    "text": {
      "maxlength": 4000
    }
  },
  "InviteRequest": {
    "email": {
      "maxlength": 254
    },
    "name": {
      "maxlength": 100
    }
  },
  "OnCallSchedule": {
    "participants": {
      "items": {
        "maxlength": 254
      }
    },
    "rotationDays": {
      "min": 1,
      "max": 28
    },
    "timeZone": {
      "maxlength": 64
    }
  },
  "Override": {
    "email": {
      "maxlength": 254
    },
    "reason": {
      "maxlength": 500
    }
  },
  "PartnerBilling": {
    "address": {
      "maxlength": 500
    },
    "companyName": {
      "maxlength": 200
    },
    "iban": {
      "maxlength": 40
    },
    "vatId": {
      "maxlength": 40
    }
  },
  "PartnerContact": {
    "billingEmail": {
      "maxlength": 254
    },
    "primaryEmail": {
      "maxlength": 254
    },
    "primaryName": {
      "maxlength": 100
    }
  },
  "ReasonRequest": {
    "reason": {
      "maxlength": 500
    }
  }
} as const
