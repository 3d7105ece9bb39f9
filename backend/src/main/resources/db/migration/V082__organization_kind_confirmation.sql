-- An organisation's kind and RUNTS section feed the accordo register's counts by kind and the statistics,
-- so once a plan office has set or confirmed them only a plan office of one of the organisation's ambiti
-- changes them: the organisation itself proposes (proposed_*), the office accepts or rejects.
-- kind_confirmed_at is null for an organisation never confirmed, which keeps changing its own kind.
alter table organizations
    add column kind_confirmed_at      timestamptz,
    add column kind_confirmed_by      text check (length(kind_confirmed_by) <= 255),
    add column proposed_kind          text check (proposed_kind in ('ODV', 'APS', 'SOCIAL_ENTERPRISE',
                                          'SOCIAL_COOPERATIVE', 'PHILANTHROPIC_ENTITY', 'ASSOCIATIVE_NETWORK',
                                          'MUTUAL_AID_SOCIETY', 'OTHER_ETS', 'FOUNDATION', 'RELIGIOUS_BODY',
                                          'MUNICIPALITY', 'ASST', 'ATS', 'CONSORTIUM')),
    add column proposed_runts_section text check (proposed_runts_section in ('ODV', 'APS',
                                          'PHILANTHROPIC_ENTITY', 'SOCIAL_ENTERPRISE', 'ASSOCIATIVE_NETWORK',
                                          'MUTUAL_AID_SOCIETY', 'OTHER_ETS')),
    -- a proposal always names a kind; its section may be absent (a kind outside the RUNTS)
    add constraint organizations_proposal_names_a_kind
        check (proposed_runts_section is null or proposed_kind is not null);

-- Until now only a plan office registered organisations (POST /organizations is theirs alone), so every
-- existing kind is one an office set.
update organizations set kind_confirmed_at = created_at;

-- Rows loaded by SQL after this (the demo data, the region data set, imports) stand for the offices'
-- registers too; the API always writes the column itself (null for an unconfirmed organisation).
alter table organizations alter column kind_confirmed_at set default now();
