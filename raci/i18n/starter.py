"""Messages of raci/starter (``raci init``) and of ``raci kpis``: every fixed text of a starter spec.

Keys: ``starter.model.*`` (the five models), ``starter.dept.*``, ``starter.phase.*``,
``starter.activity.*`` (names), ``starter.scope.*`` and ``starter.note.*`` (scope items),
``starter.comment.*`` / ``starter.kpinote.*`` (comments written into the spec),
``starter.header.*``, ``starter.section.*``, ``starter.mission.*`` (fixed parts of the
file), ``starter.prompt.*`` / ``starter.cli.*`` (the command), ``kpis.*`` (the KPI library
command). Literal braces are doubled: every text goes through ``str.format``.
"""

from __future__ import annotations

MESSAGES: dict[str, dict[str, str]] = {
    # the five models ------------------------------------------------------------------
    "starter.model.all-rounder": {"en": "All-rounder model", "ja": "オールラウンダーモデル"},
    "starter.model.all-rounder.summary": {
        "en": "a small CS team does everything after the contract",
        "ja": "少人数のCSが契約後の仕事をすべて担う",
    },
    "starter.model.all-rounder.description": {
        "en": "One small CS team, often one to three people, does all of the work after the contract: "
        "kickoff and set-up, adoption, renewals and expansion proposals. Founders or sales win new "
        "customers and run references; product engineers take support tickets on a rotation, so CS "
        "stays proactive. Every CS person knows every customer and there are few handovers. The risk "
        "is that CS turns into the catch-all, so the spec writes down from day one what CS does not do "
        "(scope.out) and keeps its KPIs few.",
        "ja": "1〜3名ほどの一つのCSチームが、契約後の仕事——キックオフと初期設定、活用支援、契約更新、"
        "拡大の提案——をすべて受け持ちます。新規顧客の獲得と事例づくりは創業者・営業が、問い合わせは"
        "エンジニアが当番制で受けるため、CSは能動的な支援に時間を使えます。CSの全員がすべての顧客を"
        "知っていて、引き継ぎはわずかです。一方でCSが何でも屋になりやすいので、CSがやらないこと"
        "(scope.out)を最初から書き出し、KPIも少数に絞っています。",
    },
    "starter.model.all-rounder.fits": {
        "en": "Fits: early stage, before or just after product-market fit; up to about five CS people; "
        "a few hundred similar small and mid-sized customers.",
        "ja": "向いている状況: 創業初期〜PMF前後/CSは5名程度まで/似たような中小規模の顧客が数百社まで。",
    },
    "starter.model.sales-cs": {"en": "Sales-CS collaboration model", "ja": "セールス・CS連携モデル"},
    "starter.model.sales-cs.summary": {
        "en": "CS owns success and renewal; sales owns expansion, with CS",
        "ja": "CSが活用と更新を、営業がCSと組んで拡大を担う",
    },
    "starter.model.sales-cs.description": {
        "en": "CS owns onboarding, adoption and renewal, and passes what it learns about each customer's "
        "usage and goals to sales. Sales owns expansion: CS spots the signals and hands the opportunity "
        "over, sales proposes and closes the upsell or cross-sell with CS consulted. Account executives "
        "keep the commercial relationship and CS keeps the success relationship; the handover between "
        "them is an activity of its own so the customer never explains things twice.",
        "ja": "CSはオンボーディング・活用定着・契約更新を受け持ち、顧客の利用状況や目的についての知見を"
        "営業に渡します。拡大は営業が責任を持ちます。CSが兆しを見つけて機会を引き継ぎ、営業がCSに"
        "相談しながらアップセル・クロスセルを提案して受注します。商談上の関係は営業が、成功に向けた"
        "関係はCSが持ち、両者の引き継ぎを独立した活動にしているので、顧客に同じ説明を二度させません。",
    },
    "starter.model.sales-cs.fits": {
        "en": "Fits: growth stage; a sales team larger than CS (say 5-15 sales, 3-8 CS); products with "
        "clear upgrade paths and customers who buy through a sales relationship.",
        "ja": "向いている状況: 成長期/営業がCSより多い(営業5〜15名・CS 3〜8名程度)/上位プランや追加製品が"
        "はっきりしていて、顧客が営業担当を通じて購入する場合。",
    },
    "starter.model.high-touch": {"en": "High-touch model (dedicated CSMs)", "ja": "伴走型モデル"},
    "starter.model.high-touch.summary": {
        "en": "each high-value account has a named CSM through renewal and expansion",
        "ja": "LTVの高い顧客ごとに専任CSMが更新・拡大まで伴走する",
    },
    "starter.model.high-touch.description": {
        "en": "Each high-value account gets a named CSM who stays with it: consulted on the success plan "
        "before signing, then owner of adoption, business reviews with the customer's executives, "
        "renewal and expansion. An onboarding & training team runs the implementation project and the "
        "training programme, and hands the customer to the CSM at go-live. Accounts per CSM are kept "
        "low (10-30) so that every customer can be met regularly.",
        "ja": "LTVの高い顧客一社ごとに専任のCSMがつき、寄り添い続けます。契約前の成功計画づくりに参加し、"
        "導入後は活用定着、顧客の経営層とのビジネスレビュー、契約更新、拡大までを責任を持って担います。"
        "導入プロジェクトとトレーニングは導入・トレーニングチームが進め、稼働開始の時点でCSMに引き継ぎます。"
        "CSM一人あたりの担当社数を10〜30社に抑え、すべての顧客と定期的に会えるようにします。",
    },
    "starter.model.high-touch.fits": {
        "en": "Fits: enterprise or other high-LTV customers, complex implementations and annual "
        "contracts; fewer, larger accounts; from about five CSMs.",
        "ja": "向いている状況: エンタープライズなどLTVの高い顧客/導入が複雑で年間契約が中心/顧客数は少なく"
        "一社が大きい/CSMが5名程度から。",
    },
    "starter.model.functional": {"en": "Functional model", "ja": "機能別モデル"},
    "starter.model.functional.summary": {
        "en": "separate CS teams for onboarding, adoption and expansion",
        "ja": "オンボーディング・活用定着・拡大のフェーズごとに専門チーム",
    },
    "starter.model.functional.description": {
        "en": "CS is split into teams by lifecycle phase: an onboarding team, an adoption team that also "
        "owns renewal, and an expansion (customer sales) team for upsell and cross-sell. Each team owns "
        "the numbers of its phase and passes the customer on with an explicit handoff. Specialists get "
        "very good at their phase; the handoffs are where customers get lost, so each one is an activity "
        "with both teams on it.",
        "ja": "CSをライフサイクルのフェーズごとのチームに分けます。導入支援チーム、契約更新まで受け持つ"
        "活用定着チーム、アップセル・クロスセルを担うカスタマーセールス(拡大)チームの三つです。"
        "各チームが自分のフェーズの数字を持ち、明示的な引き継ぎで顧客を次のチームに渡します。"
        "専門性は高まりますが、顧客がこぼれ落ちやすいのは引き継ぎの場面なので、どの引き継ぎも"
        "両チームが関わる活動として書いています。",
    },
    "starter.model.functional.fits": {
        "en": "Fits: scale-up or larger company; 15 or more CS people; many customers going through "
        "a repeatable lifecycle.",
        "ja": "向いている状況: 拡大期以降の企業/CSが15名以上/多くの顧客が同じ流れのライフサイクルをたどる場合。",
    },
    "starter.model.segment": {"en": "Segment model", "ja": "顧客規模別(セグメント)モデル"},
    "starter.model.segment.summary": {
        "en": "CS teams by customer size: enterprise, mid-market, SMB",
        "ja": "エンタープライズ・ミッドマーケット・SMBの規模別チーム",
    },
    "starter.model.segment.description": {
        "en": "CS teams are split by customer size: enterprise (dedicated CSMs, business reviews), "
        "mid-market (pooled CSMs, quarterly usage reviews) and SMB (tech-touch: webinars, automated "
        "health alerts and emails). Each team runs the whole lifecycle for its own customers, and an "
        "account that outgrows its segment is handed up to the next team. The same shape works by "
        "region: replace the segments with areas.",
        "ja": "CSを顧客の規模で分けます。エンタープライズ(専任CSMとビジネスレビュー)、ミッドマーケット"
        "(複数のCSMで担当し四半期ごとに利用状況をレビュー)、SMB(テックタッチ: ウェビナー・自動アラート・"
        "メール)の三チームです。各チームが自分の顧客のライフサイクル全体を受け持ち、規模が大きくなった"
        "顧客は一つ上のチームへ引き継ぎます。セグメントを地域に置き換えれば、エリア別にも使えます。",
    },
    "starter.model.segment.fits": {
        "en": "Fits: larger organisations with a wide range of customer sizes; 15 or more CS people; "
        "or teams by region.",
        "ja": "向いている状況: 顧客の規模の幅が広い大きめの組織/CSが15名以上/地域ごとにチームを分ける場合。",
    },
    # departments ------------------------------------------------------------------------
    "starter.dept.sales": {"en": "Sales", "ja": "営業"},
    "starter.dept.founders_sales": {"en": "Founders & Sales", "ja": "創業者・営業"},
    "starter.dept.marketing": {"en": "Marketing", "ja": "マーケティング"},
    "starter.dept.cs": {"en": "Customer Success", "ja": "カスタマーサクセス"},
    "starter.dept.support": {"en": "Customer Support", "ja": "カスタマーサポート"},
    "starter.dept.product": {"en": "Product & Engineering", "ja": "プロダクト・開発"},
    "starter.dept.product_rotation": {
        "en": "Product & Engineering (support on rotation)",
        "ja": "プロダクト・開発(問い合わせは当番制)",
    },
    "starter.dept.implementation": {"en": "Onboarding & Training team", "ja": "導入・トレーニングチーム"},
    "starter.dept.csm": {"en": "Dedicated CSMs", "ja": "専任CSM"},
    "starter.dept.cs_onboarding": {"en": "CS Onboarding team", "ja": "CS 導入支援チーム"},
    "starter.dept.cs_adoption": {"en": "CS Adoption team", "ja": "CS 活用定着チーム"},
    "starter.dept.cs_expansion": {"en": "CS Customer Sales (expansion) team", "ja": "CS カスタマーセールスチーム"},
    "starter.dept.cs_enterprise": {"en": "CS Enterprise team", "ja": "CS エンタープライズチーム"},
    "starter.dept.cs_midmarket": {"en": "CS Mid-market team", "ja": "CS ミッドマーケットチーム"},
    "starter.dept.cs_smb": {"en": "CS SMB team (tech-touch)", "ja": "CS SMBチーム(テックタッチ)"},
    # phases -----------------------------------------------------------------------------
    "starter.phase.lead": {"en": "Lead generation", "ja": "リード獲得"},
    "starter.phase.contract": {"en": "Deal and contract", "ja": "商談・契約"},
    "starter.phase.onboarding": {"en": "Onboarding", "ja": "オンボーディング(導入支援)"},
    "starter.phase.adoption": {"en": "Adoption", "ja": "活用定着(アダプション)"},
    "starter.phase.renewal": {"en": "Renewal", "ja": "契約更新"},
    "starter.phase.expansion": {"en": "Expansion (upsell and cross-sell)", "ja": "拡大(アップセル・クロスセル)"},
    "starter.phase.advocacy": {"en": "Advocacy (references and referrals)", "ja": "推奨(事例・紹介)"},
    "starter.phase.inquiries": {"en": "Inquiries and incidents", "ja": "問い合わせ・障害対応"},
    "starter.phase.smb_onboarding": {"en": "SMB: onboarding", "ja": "SMB: オンボーディング"},
    "starter.phase.smb_adoption": {"en": "SMB: adoption", "ja": "SMB: 活用定着"},
    "starter.phase.smb_renewal": {"en": "SMB: renewal", "ja": "SMB: 契約更新"},
    "starter.phase.smb_expansion": {"en": "SMB: expansion", "ja": "SMB: 拡大"},
    "starter.phase.mid_onboarding": {"en": "Mid-market: onboarding", "ja": "ミッドマーケット: オンボーディング"},
    "starter.phase.mid_adoption": {"en": "Mid-market: adoption", "ja": "ミッドマーケット: 活用定着"},
    "starter.phase.mid_renewal": {"en": "Mid-market: renewal", "ja": "ミッドマーケット: 契約更新"},
    "starter.phase.mid_expansion": {"en": "Mid-market: expansion", "ja": "ミッドマーケット: 拡大"},
    "starter.phase.ent_onboarding": {"en": "Enterprise: onboarding", "ja": "エンタープライズ: オンボーディング"},
    "starter.phase.ent_adoption": {"en": "Enterprise: adoption", "ja": "エンタープライズ: 活用定着"},
    "starter.phase.ent_renewal": {"en": "Enterprise: renewal", "ja": "エンタープライズ: 契約更新"},
    "starter.phase.ent_expansion": {"en": "Enterprise: expansion", "ja": "エンタープライズ: 拡大"},
    # activities -------------------------------------------------------------------------
    "starter.activity.lead_generation": {
        "en": "Webinars, events and content that bring in leads",
        "ja": "ウェビナー・展示会・コンテンツによるリード獲得",
    },
    "starter.activity.lead_generation_founders": {
        "en": "Find leads: network, content and outbound",
        "ja": "人脈・コンテンツ・アウトバウンドによるリード獲得",
    },
    "starter.activity.lead_qualification": {
        "en": "Qualify leads against the ideal customer profile",
        "ja": "理想の顧客像に照らしたリードの見極め",
    },
    "starter.activity.discovery_demo": {"en": "Discovery meeting and demo", "ja": "初回商談とデモ"},
    "starter.activity.success_criteria": {
        "en": "Agree the customer's goals and success criteria before signing",
        "ja": "契約前に導入の目的と成功基準を顧客と合意する",
    },
    "starter.activity.sales_handoff": {
        "en": "Contract signature and handover meeting (handover sheet)",
        "ja": "契約締結と引き継ぎ会議(引き継ぎシート)",
    },
    "starter.activity.kickoff": {
        "en": "Kickoff meeting and success plan",
        "ja": "キックオフとサクセスプラン(成功計画)の作成",
    },
    "starter.activity.initial_setup": {
        "en": "Initial set-up and data migration",
        "ja": "初期設定・データ移行の支援",
    },
    "starter.activity.user_training": {
        "en": "Training for administrators and users",
        "ja": "管理者・利用者向けトレーニング",
    },
    "starter.activity.onboarding_signoff": {
        "en": "Go-live sign-off and handover for adoption",
        "ja": "稼働開始の判定と活用定着への引き継ぎ",
    },
    "starter.activity.health_monitoring": {
        "en": "Health-score checks and outreach to accounts at risk",
        "ja": "ヘルススコアの確認とリスクのある顧客への能動的な連絡",
    },
    "starter.activity.regular_meetings": {
        "en": "Regular customer meetings (usage review and next steps)",
        "ja": "定例ミーティング(利用状況の振り返りと次の一手)",
    },
    "starter.activity.business_reviews": {
        "en": "Quarterly business reviews with the customer's executives",
        "ja": "顧客の経営層との四半期ビジネスレビュー",
    },
    "starter.activity.enablement_seminars": {
        "en": "Enablement seminars and study sessions",
        "ja": "活用セミナー・勉強会の開催",
    },
    "starter.activity.in_app_guidance": {
        "en": "In-app guides and feature-adoption improvements",
        "ja": "アプリ内ガイドと機能活用の改善",
    },
    "starter.activity.voc_feedback": {
        "en": "Bring the voice of the customer to product",
        "ja": "顧客の声(VoC)をプロダクトに届ける",
    },
    "starter.activity.renewal_review": {
        "en": "Renewal risk review 90 days before the end of term",
        "ja": "契約満了90日前の更新リスク確認",
    },
    "starter.activity.churn_response": {"en": "Respond to cancellation requests", "ja": "解約の申し出への対応"},
    "starter.activity.renewal_proposal": {
        "en": "Success review and renewal proposal",
        "ja": "成果の振り返りと更新の提案",
    },
    "starter.activity.expansion_signals": {
        "en": "Spot expansion signals in usage and meetings",
        "ja": "利用状況と定例から拡大の兆しを見つける",
    },
    "starter.activity.expansion_handoff": {
        "en": "Hand expansion opportunities over with the customer's context",
        "ja": "拡大の機会を顧客の状況とあわせて引き継ぐ",
    },
    "starter.activity.expansion_proposal": {
        "en": "Upsell and cross-sell proposal and negotiation",
        "ja": "アップセル・クロスセルの提案と交渉",
    },
    "starter.activity.reference_nomination": {
        "en": "Nominate promoters for case studies and referrals",
        "ja": "事例・紹介の候補になる顧客を推薦する",
    },
    "starter.activity.nps_survey": {"en": "NPS survey and follow-up", "ja": "NPS調査とフォローアップ"},
    "starter.activity.case_studies": {
        "en": "Case studies and referral programme",
        "ja": "導入事例の制作と紹介プログラム",
    },
    "starter.activity.inquiry_handling": {
        "en": "How-to inquiries (phone, chat, email)",
        "ja": "操作方法の問い合わせ対応(電話・チャット・メール)",
    },
    "starter.activity.inquiry_handling_rotation": {
        "en": "Support tickets and how-to questions (engineer on rotation)",
        "ja": "問い合わせ・操作方法の質問への対応(エンジニアの当番制)",
    },
    "starter.activity.incident_response": {
        "en": "Incidents and bug escalation",
        "ja": "障害対応と不具合のエスカレーション",
    },
    "starter.activity.help_center": {"en": "Help centre and FAQ upkeep", "ja": "ヘルプセンター・FAQの整備"},
    "starter.activity.smb_onboarding_webinars": {
        "en": "Group onboarding webinars and guided set-up emails",
        "ja": "集合型のオンボーディングウェビナーと設定ガイドメール",
    },
    "starter.activity.smb_setup_check": {
        "en": "Set-up check on day 7 and day 30; reach out to accounts that stall",
        "ja": "7日目・30日目の設定状況の確認と、止まっている顧客への連絡",
    },
    "starter.activity.smb_health_alerts": {
        "en": "Automated health alerts and emails to low-usage accounts",
        "ja": "利用の少ない顧客への自動アラートとメール",
    },
    "starter.activity.smb_webinars": {"en": "Monthly enablement webinars", "ja": "月次の活用ウェビナー"},
    "starter.activity.smb_renewal_reminders": {
        "en": "Renewal reminders and saving accounts at risk",
        "ja": "更新の案内とリスクのある顧客の引き止め",
    },
    "starter.activity.smb_upgrade_offers": {
        "en": "Upgrade offers in the product and by email",
        "ja": "製品内とメールでのアップグレード案内",
    },
    "starter.activity.smb_graduation": {
        "en": "Hand accounts that outgrew SMB to the mid-market team",
        "ja": "SMBの規模を超えた顧客をミッドマーケットチームへ引き継ぐ",
    },
    "starter.activity.mid_kickoff": {"en": "Kickoff and set-up sessions", "ja": "キックオフと設定支援セッション"},
    "starter.activity.mid_training": {"en": "Administrator training", "ja": "管理者トレーニング"},
    "starter.activity.mid_usage_reviews": {"en": "Quarterly usage reviews", "ja": "四半期ごとの利用状況レビュー"},
    "starter.activity.mid_health_checks": {
        "en": "Health-score checks and outreach",
        "ja": "ヘルススコアの確認と顧客への連絡",
    },
    "starter.activity.mid_renewal_review": {
        "en": "Renewal review and proposal",
        "ja": "更新前の振り返りと更新の提案",
    },
    "starter.activity.mid_expansion_proposal": {
        "en": "Upsell and cross-sell proposals",
        "ja": "アップセル・クロスセルの提案",
    },
    "starter.activity.mid_graduation": {
        "en": "Hand accounts that reached enterprise size to the enterprise team",
        "ja": "エンタープライズ規模になった顧客をエンタープライズチームへ引き継ぐ",
    },
    "starter.activity.ent_project_plan": {
        "en": "Onboarding project with a joint project plan",
        "ja": "顧客と共同の計画に沿った導入プロジェクト",
    },
    "starter.activity.ent_department_training": {
        "en": "Training for each of the customer's departments",
        "ja": "顧客の部門ごとのトレーニング",
    },
    "starter.activity.ent_business_reviews": {
        "en": "Quarterly business reviews with the customer's executives",
        "ja": "顧客の経営層との四半期ビジネスレビュー",
    },
    "starter.activity.ent_stakeholder_map": {
        "en": "Account health and stakeholder map upkeep",
        "ja": "アカウントの健全性と関係者マップの更新",
    },
    "starter.activity.ent_renewal_negotiation": {
        "en": "Renewal negotiation, multi-year terms included",
        "ja": "複数年契約も含めた更新の交渉",
    },
    "starter.activity.ent_expansion_proposal": {
        "en": "Expansion to more departments and products",
        "ja": "他部門・他製品への展開の提案",
    },
    # scope: what a department does, and where it stops ------------------------------------
    "starter.scope.sales.new_business": {
        "en": "New business: discovery, demos, proposals and contracts",
        "ja": "新規商談: ヒアリング・デモ・提案・契約",
    },
    "starter.scope.sales.success_criteria": {
        "en": "Agreeing goals and success criteria with the customer before signing",
        "ja": "契約前に導入の目的と成功基準を顧客と合意すること",
    },
    "starter.scope.sales.advocacy": {
        "en": "Case studies, referrals and the NPS survey",
        "ja": "導入事例・紹介・NPS調査",
    },
    "starter.scope.sales.expansion": {
        "en": "Upsell and cross-sell deals with existing customers, with CS",
        "ja": "既存顧客へのアップセル・クロスセルの商談(CSと連携)",
    },
    "starter.scope.sales.out_onboarding": {
        "en": "Onboarding and adoption work after the contract: CS takes over at the handover",
        "ja": "契約後の導入支援・活用支援(引き継ぎ以降はCSが担当)",
    },
    "starter.scope.marketing.leads": {
        "en": "Lead generation and qualification",
        "ja": "リードの獲得と見極め",
    },
    "starter.scope.marketing.advocacy": {
        "en": "NPS survey, case studies and the referral programme",
        "ja": "NPS調査・導入事例・紹介プログラム",
    },
    "starter.scope.support.inquiries": {
        "en": "How-to inquiries by phone, chat and email",
        "ja": "電話・チャット・メールでの操作方法の問い合わせ対応",
    },
    "starter.scope.support.incidents": {
        "en": "First response to incidents and notices to customers",
        "ja": "障害時の一次対応と顧客への告知",
    },
    "starter.scope.support.help": {"en": "Help centre and FAQ", "ja": "ヘルプセンター・FAQ"},
    "starter.scope.support.out_proactive": {
        "en": "Proactive success work such as health checks and regular meetings",
        "ja": "ヘルスチェックや定例ミーティングなどの能動的な成功支援",
    },
    "starter.scope.product.roadmap": {
        "en": "Roadmap, features and bug fixes",
        "ja": "ロードマップ・機能開発・不具合修正",
    },
    "starter.scope.product.guidance": {"en": "In-app guidance", "ja": "アプリ内ガイド"},
    "starter.scope.product.rotation": {
        "en": "Support tickets and bug fixes, on a weekly rotation",
        "ja": "問い合わせと不具合修正(週替わりの当番制)",
    },
    "starter.scope.product.out_training": {
        "en": "Customer training and check-in calls",
        "ja": "顧客へのトレーニングや定期的なフォローの電話",
    },
    "starter.scope.cs.onboarding": {
        "en": "Kickoff, set-up and training of new customers",
        "ja": "新規顧客のキックオフ・初期設定・トレーニング",
    },
    "starter.scope.cs.adoption": {
        "en": "Health checks, regular meetings and enablement seminars",
        "ja": "ヘルスチェック・定例ミーティング・活用セミナー",
    },
    "starter.scope.cs.renewal_expansion": {
        "en": "Renewals and expansion proposals",
        "ja": "契約更新と拡大の提案",
    },
    "starter.scope.cs.renewal": {"en": "Renewals", "ja": "契約更新"},
    "starter.scope.cs.signals_to_sales": {
        "en": "Spotting expansion signals and bringing them to sales",
        "ja": "拡大の兆しを見つけて営業に届けること",
    },
    "starter.scope.out.new_business": {
        "en": "New-business deals with companies that are not customers yet",
        "ja": "まだ顧客ではない企業との新規商談",
    },
    "starter.scope.out.marketing": {
        "en": "Marketing campaigns and events",
        "ja": "マーケティング施策やイベントの運営",
    },
    "starter.scope.out.pricing": {
        "en": "Negotiating price and contract terms",
        "ja": "価格・契約条件の交渉",
    },
    "starter.scope.out.troubleshooting": {
        "en": "Troubleshooting after go-live",
        "ja": "稼働開始後のトラブル対応",
    },
    "starter.scope.implementation.project": {
        "en": "Implementation project: kickoff, set-up and data migration",
        "ja": "導入プロジェクト: キックオフ・初期設定・データ移行",
    },
    "starter.scope.implementation.training": {
        "en": "Training programme: administrator training and enablement seminars",
        "ja": "トレーニングプログラム: 管理者トレーニングと活用セミナー",
    },
    "starter.scope.implementation.golive": {
        "en": "Go-live sign-off and handover to the customer's CSM",
        "ja": "稼働開始の判定と担当CSMへの引き継ぎ",
    },
    "starter.scope.csm.named": {
        "en": "One named CSM per account, from the success plan to renewal",
        "ja": "一社に一人の担当CSMとして、成功計画から更新まで伴走する",
    },
    "starter.scope.csm.reviews": {
        "en": "Business reviews, regular meetings and health monitoring",
        "ja": "ビジネスレビュー・定例ミーティング・ヘルススコアの確認",
    },
    "starter.scope.csm.renewal_expansion": {
        "en": "Renewal and expansion proposals to the customer's executives",
        "ja": "顧客の経営層への更新・拡大の提案",
    },
    "starter.scope.onboarding_team.handover": {
        "en": "Handover from sales and kickoff",
        "ja": "営業からの引き継ぎとキックオフ",
    },
    "starter.scope.onboarding_team.setup": {
        "en": "Set-up, data migration and training",
        "ja": "初期設定・データ移行・トレーニング",
    },
    "starter.scope.onboarding_team.golive": {
        "en": "Go-live sign-off and handover to the adoption team",
        "ja": "稼働開始の判定と活用定着チームへの引き継ぎ",
    },
    "starter.scope.adoption_team.health": {
        "en": "Proactive follow-up driven by the health score",
        "ja": "ヘルススコアに基づく能動的なフォロー",
    },
    "starter.scope.adoption_team.meetings": {
        "en": "Regular meetings and enablement seminars",
        "ja": "定例ミーティングと活用セミナー",
    },
    "starter.scope.adoption_team.renewal": {
        "en": "Success reviews and renewals",
        "ja": "成果の振り返りと契約更新",
    },
    "starter.scope.expansion_team.upsell": {
        "en": "Upsell to higher plans and more seats",
        "ja": "上位プラン・利用人数追加のアップセル",
    },
    "starter.scope.expansion_team.cross_sell": {
        "en": "Cross-sell of other products and options",
        "ja": "他製品・オプションのクロスセル",
    },
    "starter.scope.enterprise.named": {
        "en": "Dedicated CSMs for enterprise accounts, from the onboarding project to expansion",
        "ja": "エンタープライズ顧客の専任CSMとして、導入プロジェクトから拡大まで担当",
    },
    "starter.scope.enterprise.reviews": {
        "en": "Business reviews with the customer's executives",
        "ja": "顧客の経営層とのビジネスレビュー",
    },
    "starter.scope.enterprise.out_small": {
        "en": "Accounts below the enterprise threshold: they belong to the mid-market and SMB teams",
        "ja": "エンタープライズの基準に満たない顧客(ミッドマーケット・SMBチームが担当)",
    },
    "starter.scope.midmarket.pooled": {
        "en": "Mid-market accounts, served by a pool of CSMs: kickoff, training, renewal and upsell",
        "ja": "ミッドマーケット顧客を複数のCSMで担当: キックオフ・トレーニング・更新・アップセル",
    },
    "starter.scope.midmarket.reviews": {"en": "Quarterly usage reviews", "ja": "四半期ごとの利用状況レビュー"},
    "starter.scope.smb.tech_touch": {
        "en": "SMB accounts, served one-to-many: webinars, guided emails, in-product offers",
        "ja": "SMB顧客を一対多で支援: ウェビナー・ガイドメール・製品内の案内",
    },
    "starter.scope.smb.alerts": {
        "en": "Automated health alerts and follow-up of accounts that stall",
        "ja": "自動アラートと、利用が止まった顧客へのフォロー",
    },
    "starter.scope.smb.out_one_to_one": {
        "en": "One-to-one regular meetings: SMB accounts are served one-to-many",
        "ja": "一社ごとの定例ミーティング(SMBは一対多で支援する)",
    },
    # notes on scope.out references ------------------------------------------------------
    "starter.note.inquiries_to_support": {
        "en": "First-line inquiries are Support's; CS is informed",
        "ja": "問い合わせの一次対応はサポート。CSは共有を受ける",
    },
    "starter.note.tickets_to_rotation": {
        "en": "Tickets go to the engineer on rotation, so CS stays proactive",
        "ja": "問い合わせは当番のエンジニアが受け、CSは能動的な支援に集中する",
    },
    "starter.note.bugs_to_product": {
        "en": "CS reports bugs; product triages and fixes them",
        "ja": "CSは不具合を報告し、切り分けと修正はプロダクトが行う",
    },
    "starter.note.expansion_to_sales": {
        "en": "Sales proposes and negotiates upsell and cross-sell; CS is consulted",
        "ja": "アップセル・クロスセルの提案と交渉は営業。CSは相談を受ける",
    },
    "starter.note.renewal_to_csm": {
        "en": "Renewals belong to the customer's dedicated CSM",
        "ja": "契約更新は担当の専任CSMが受け持つ",
    },
    "starter.note.expansion_to_csm": {
        "en": "Expansion proposals belong to the dedicated CSM",
        "ja": "拡大の提案は専任CSMが受け持つ",
    },
    "starter.note.setup_to_implementation": {
        "en": "Technical set-up is done by the onboarding & training team",
        "ja": "技術的な初期設定は導入・トレーニングチームが行う",
    },
    "starter.note.meetings_to_adoption": {
        "en": "After go-live, regular meetings belong to the adoption team",
        "ja": "稼働開始後の定例ミーティングは活用定着チーム",
    },
    "starter.note.expansion_to_customer_sales": {
        "en": "Expansion proposals and negotiation belong to Customer Sales",
        "ja": "拡大の提案と交渉はカスタマーセールスチーム",
    },
    "starter.note.renewal_to_adoption": {
        "en": "Renewals stay with the adoption team",
        "ja": "契約更新は活用定着チームが受け持つ",
    },
    "starter.note.new_companies_to_sales": {
        "en": "Deals with new companies are Sales'",
        "ja": "新しい企業との商談は営業",
    },
    "starter.note.enterprise_accounts": {
        "en": "Enterprise accounts are handed to the enterprise team",
        "ja": "エンタープライズ規模の顧客はエンタープライズチームへ引き継ぐ",
    },
    # comments written into the spec -----------------------------------------------------
    "starter.comment.dept.sales": {
        "en": "Sales hands the customer over at the contract and stays C or I afterwards (guards against the sales squeeze).",
        "ja": "営業は契約時に顧客をCSへ引き継ぎ、その後はC(相談)かI(共有)にとどまります(営業圧迫化の防止)。",
    },
    "starter.comment.dept.allrounder_cs": {
        "en": "One CS team for everything after the contract. scope.out is what keeps it from becoming the catch-all.",
        "ja": "契約後のすべてを一つのCSチームが受け持ちます。何でも屋化を防ぐのは scope.out です。",
    },
    "starter.comment.dept.implementation": {
        "en": "Runs the implementation project and the training programme; hands the customer to the CSM at go-live.",
        "ja": "導入プロジェクトとトレーニングを進め、稼働開始時に担当CSMへ顧客を引き継ぎます。",
    },
    "starter.comment.dept.csm": {
        "en": "Few accounts per CSM, so each customer can be met regularly (B2B SaaS average: 97 per CS person).",
        "ja": "CSM一人あたりの担当社数を少なく保ち、すべての顧客と定期的に会えるようにします(B2B SaaS平均は一人あたり97社)。",
    },
    "starter.comment.dept.functional": {
        "en": "Three CS teams, one per lifecycle phase; each owns the KPIs of its phase.",
        "ja": "フェーズごとに三つのCSチームがあり、それぞれが自分のフェーズのKPIを持ちます。",
    },
    "starter.comment.dept.segment": {
        "en": "Segments by customer size, for example enterprise: 1,000+ employees, mid-market: 100-999, SMB: under 100. Write your thresholds here.",
        "ja": "顧客規模でセグメントを分けます。例: エンタープライズは従業員1,000名以上、ミッドマーケットは100〜999名、SMBは100名未満。自社の基準をここに書いてください。",
    },
    "starter.comment.dept.smb": {
        "en": "Tech-touch teams often serve more accounts per person than the 97 average; if yours does by design, raise C601's max_accounts in raci.toml.",
        "ja": "テックタッチのチームは一人あたり97社の平均を超えることがよくあります。意図してそう設計しているなら raci.toml で C601 の max_accounts を上げてください。",
    },
    "starter.comment.phase.contract": {
        "en": "The accountable department changes from sales to CS here: the handover is an activity of its own (handoff: true), so the customer never has to explain their goals twice.",
        "ja": "ここで説明責任が営業からCSへ移ります。引き継ぎを独立した活動(handoff: true)にして、顧客に目的を二度説明させないようにします。",
    },
    "starter.comment.phase.inquiries": {
        "en": "Reactive work that runs across the lifecycle (stage: support). CS is only informed here: this is what keeps CS from turning into support.",
        "ja": "ライフサイクル全体にまたがる受け身の仕事です(stage: support)。CSはここでは共有を受けるだけにとどめ、サポート化を防ぎます。",
    },
    "starter.comment.phase.allrounder_post_sale": {
        "en": "From here to expansion, the one CS team is accountable for everything.",
        "ja": "ここから拡大まで、一つのCSチームがすべての説明責任を持ちます。",
    },
    "starter.comment.phase.allrounder_expansion": {
        "en": "CS proposes the upgrade; the founders are consulted on price.",
        "ja": "アップグレードの提案はCSが行い、価格は創業者に相談します。",
    },
    "starter.comment.phase.allrounder_advocacy": {
        "en": "References and the NPS survey stay with the founders: CS is responsible in at most four phases (more is the catch-all pattern, P302).",
        "ja": "事例づくりとNPS調査は創業者が受け持ちます。CSが実行責任を持つフェーズは四つまでにします(それ以上は何でも屋化、P302)。",
    },
    "starter.comment.phase.allrounder_inquiries": {
        "en": "No support team yet: engineers answer tickets on a weekly rotation, so CS stays proactive. Add a support department when the volume grows.",
        "ja": "まだサポート部門がないため、問い合わせはエンジニアが週替わりの当番制で受け、CSは能動的な支援を続けます。件数が増えたらサポート部門を加えてください。",
    },
    "starter.comment.reactive": {
        "en": "The one reactive CS activity: keep such work rare (support-isation, P301).",
        "ja": "CSの唯一の受け身の活動です。こうした仕事は少なく保ちます(サポート化、P301)。",
    },
    "starter.comment.phase.salescs_onboarding": {
        "en": "Sales joins the kickoff: it knows why the customer bought.",
        "ja": "営業もキックオフに参加します。顧客が購入した理由を知っているのは営業です。",
    },
    "starter.comment.phase.salescs_expansion": {
        "en": "Sales owns expansion: CS spots the signals (R) and hands the opportunity over; sales proposes and closes.",
        "ja": "拡大の説明責任は営業です。CSが兆しを見つけ(R)、機会を引き継ぎ、営業が提案して受注します。",
    },
    "starter.comment.phase.hightouch_onboarding": {
        "en": "The onboarding & training team owns onboarding; the dedicated CSM joins from the kickoff and takes over at the sign-off.",
        "ja": "オンボーディングの説明責任は導入・トレーニングチームです。専任CSMはキックオフから参加し、稼働開始の判定で引き継ぎます。",
    },
    "starter.comment.phase.hightouch_adoption": {
        "en": "From here on the dedicated CSM owns the account: adoption, renewal and expansion.",
        "ja": "ここからは専任CSMがアカウントの説明責任を持ちます: 活用定着・更新・拡大。",
    },
    "starter.comment.phase.hightouch_expansion": {
        "en": "The CSM proposes expansion to the customer's executives; sales is consulted on terms.",
        "ja": "拡大の提案は専任CSMが顧客の経営層に行い、条件は営業に相談します。",
    },
    "starter.comment.phase.functional_onboarding": {
        "en": "The onboarding team owns onboarding and hands the customer to the adoption team at go-live.",
        "ja": "導入支援チームがオンボーディングを受け持ち、稼働開始時に活用定着チームへ引き継ぎます。",
    },
    "starter.comment.phase.functional_renewal": {
        "en": "The adoption team owns renewal: it knows the customer's results best.",
        "ja": "契約更新は活用定着チームが受け持ちます。顧客の成果を一番よく知っているからです。",
    },
    "starter.comment.phase.functional_expansion": {
        "en": "The expansion (customer sales) team owns upsell and cross-sell; the adoption team hands the opportunity over.",
        "ja": "アップセル・クロスセルはカスタマーセールスチームが受け持ち、活用定着チームが機会を引き継ぎます。",
    },
    "starter.comment.phase.segment_tracks": {
        "en": "Each segment team runs the whole lifecycle for its customers, in parallel. The phases are listed team by team, from SMB up, because accounts that grow move up to the next team (the graduation handoffs).",
        "ja": "各セグメントのチームが自分の顧客のライフサイクル全体を並行して受け持ちます。成長した顧客は一つ上のチームへ移るため、フェーズはSMBから順にチームごとに並べています(引き継ぎの活動)。",
    },
    "starter.comment.phase.segment_graduation": {
        "en": "An account that outgrows its segment is handed up, with its history, to the next team.",
        "ja": "セグメントの規模を超えた顧客は、これまでの経緯とともに一つ上のチームへ引き継ぎます。",
    },
    "starter.kpinote.allrounder_adoption": {
        "en": "Product owns feature adoption: at this size in-app guides move it more than calls do.",
        "ja": "機能の活用率はプロダクトが持ちます。この規模では電話よりアプリ内ガイドのほうが効きます。",
    },
    "starter.kpinote.salescs_upsell": {
        "en": "Sales closes expansion, so sales owns upsell and NRR; CS owns the numbers that lead to it (adoption, health).",
        "ja": "拡大を受注するのは営業なので、アップセル率とNRRは営業が持ちます。CSはその手前の数字(活用率・ヘルススコア)を持ちます。",
    },
    "starter.kpinote.hightouch_csm": {
        "en": "The dedicated CSM owns the account's numbers: adoption, health, churn, NRR.",
        "ja": "専任CSMがアカウントの数字を持ちます: 活用率・ヘルススコア・解約率・NRR。",
    },
    "starter.kpinote.hightouch_meetings": {
        "en": "The CSM's rhythm with each account: business reviews and regular meetings.",
        "ja": "専任CSMと各顧客との接点のリズム: ビジネスレビューと定例ミーティング。",
    },
    "starter.kpinote.functional": {
        "en": "Each team owns the numbers of its own phase.",
        "ja": "各チームが自分のフェーズの数字を持ちます。",
    },
    "starter.kpinote.segment_split": {
        "en": "One owner per number. To give each segment its own, add your own ids: `{{use: churn_rate, id: churn_rate_smb, owner: cs_smb}}`.",
        "ja": "数字ごとに責任者は一つです。セグメントごとに持たせるなら独自のIDを加えます: `{{use: churn_rate, id: churn_rate_smb, owner: cs_smb}}`。",
    },
    # units written next to the library's --------------------------------------------------
    "starter.unit.ltv": {"en": "USD", "ja": "円"},
    "starter.unit.customer_meetings": {"en": "meetings/month", "ja": "件/月"},
    "starter.unit.enablement_seminars": {"en": "seminars/month", "ja": "回/月"},
    "starter.unit.inquiries_handled": {"en": "inquiries/month", "ja": "件/月"},
    # the fixed parts of the file ----------------------------------------------------------
    "starter.header.title": {"en": "raci starter spec: {model}", "ja": "raci スターター: {model}"},
    "starter.header.generated": {
        "en": "Written by `raci init --model {model_id} --lang {lang}`; every name, cell and target is an example to change.",
        "ja": "`raci init --model {model_id} --lang {lang}` で作成しました。名前・セル・目標値はすべて例なので、自社に合わせて変えてください。",
    },
    "starter.header.next": {"en": "How to continue:", "ja": "次にやること:"},
    "starter.header.step_mission": {
        "en": "1. Fill in the mission: replace each [placeholder] with your team's answer. Until you do, raci reports it (M505) and says what to write.",
        "ja": "1. ミッションを書く: [ ] のプレースホルダーをチームの答えに置き換えます。置き換えるまで raci が指摘し(M505)、何を書くかを示します。",
    },
    "starter.header.step_adjust": {
        "en": "2. Make it yours: departments and headcounts, who is R, A, C or I on each activity, what each team does not do (scope.out), KPI owners and targets.",
        "ja": "2. 自社に合わせる: 部門と人数、各活動のR・A・C・I、各チームがやらないこと(scope.out)、KPIの責任者と目標値。",
    },
    "starter.header.step_validate": {"en": "3. Check it:", "ja": "3. 検証する:"},
    "starter.header.step_render": {
        "en": "4. Take the matrix to the meeting:",
        "ja": "4. 会議に持っていく役割分担表:",
    },
    "starter.header.schema": {
        "en": "Editor completion: `raci schema -o raci.schema.json` next to this file (for the modeline above).",
        "ja": "エディタの補完: このファイルと同じ場所で `raci schema -o raci.schema.json` を実行します(1行目の指定用)。",
    },
    "starter.header.legend": {
        "en": "RACI: R = Responsible (does the work), A = Accountable (answers for it; exactly one per activity), C = Consulted, I = Informed. mode: proactive (success work CS plans) or reactive (answering what comes in).",
        "ja": "RACI: R = 実行責任(作業をする)、A = 説明責任(結果に責任を持つ。活動ごとにちょうど一つ)、C = 相談を受ける、I = 共有を受ける。mode: proactive(CSが計画して行う能動的な支援)か reactive(来たものに応える受け身の対応)。",
    },
    "starter.section.org": {
        "en": "The organisation. accounts: the customer accounts you serve (for the capacity check, C601).",
        "ja": "組織。accounts: 支援している顧客の社数(担当社数のチェック C601 に使います)。",
    },
    "starter.section.org_accounts": {
        "en": "Example: the sum of the CS teams' accounts below. Replace it with your number.",
        "ja": "例: 下の各CSチームの担当社数の合計です。自社の数に置き換えてください。",
    },
    "starter.section.company": {"en": "your company", "ja": "自社名"},
    "starter.section.mission": {
        "en": 'Mission template: "We help [customer] achieve [success] through [value]." A good statement is concise, drives action and has the customer as its subject.',
        "ja": "ミッションのテンプレート:「私たちは、[customer]が、[value]を通じて、[success]を達成することを支援します。」よいステートメントは短く、行動につながり、顧客が主語です。",
    },
    "starter.mission.hint.customer": {
        "en": 'Which customers, concretely: "small accounting teams at mid-sized companies", not "everyone".',
        "ja": "どのような顧客かを具体的に: 例「少人数の経理チームで請求業務を回している中堅企業」。「すべての企業」ではなく。",
    },
    "starter.mission.hint.value": {
        "en": "The value the product gives them: the value, not the list of features.",
        "ja": "製品が顧客にもたらす価値: 機能の一覧ではなく、価値を書きます。",
    },
    "starter.mission.hint.success": {
        "en": 'The customer\'s success, measurably: "month-end invoicing from 3 hours to 30 minutes", not "efficiency".',
        "ja": "顧客にとっての成功を測れる形で: 例「月末の請求業務を3時間から30分に」。「効率化」ではなく。",
    },
    "starter.mission.hint.statement": {
        "en": "Last: condense the three parts into one sentence the team can say from memory.",
        "ja": "最後に: 三つを、チームが暗記できる一文にまとめます。",
    },
    "starter.mission.customer": {"en": "[which customers]", "ja": "[どのような顧客]"},
    "starter.mission.value": {"en": "[the value you give them]", "ja": "[自社の提供価値]"},
    "starter.mission.success": {"en": "[what success, measurably]", "ja": "[どのような成功(測れる形で)]"},
    "starter.mission.statement": {
        "en": "[the mission in one sentence, with the customer as the subject]",
        "ja": "[顧客を主語にした一文のミッション]",
    },
    "starter.section.departments": {
        "en": "Departments. kind (sales, cs, support, marketing, product, other) drives the failure-pattern checks; scope.out says where a department stops and another one's role begins.",
        "ja": "部門。kind(sales・cs・support・marketing・product・other)は失敗パターンの検出に使われます。scope.out には、その部門がどこまでで、どこから先が他部門の役割かを書きます。",
    },
    "starter.section.accounts": {
        "en": "{headcount} people × {per_person} accounts each (B2B SaaS average: {benchmark} per CS person)",
        "ja": "{headcount}名 × 一人あたり{per_person}社(B2B SaaS平均は一人あたり{benchmark}社)",
    },
    "starter.section.phases": {
        "en": "The customer lifecycle, in order: lead → contract → onboarding → adoption → renewal → expansion → advocacy, with support across all of them (stage: support).",
        "ja": "顧客ライフサイクル(順番どおり): リード獲得 → 契約 → オンボーディング → 活用定着 → 契約更新 → 拡大 → 推奨。問い合わせ対応はすべてのフェーズにまたがります(stage: support)。",
    },
    "starter.section.kpis": {
        "en": "KPI tree: KGI (outcomes) → KPI (leading, moved by the owner's own work) → activity KPI (counts). Names, levels, units and definitions come from raci's library: `raci kpis show ID`. Targets are examples: set your own.",
        "ja": "KPIツリー: KGI(成果)→ KPI(責任者自身の活動で動かせる先行指標)→ 活動KPI(件数)。名前・レベル・単位・定義は raci のライブラリから取ります: `raci kpis show ID`。目標値は例なので、自社の値にしてください。",
    },
    "starter.section.kgi": {"en": "KGI: outcomes", "ja": "KGI: 成果"},
    "starter.section.kpi": {"en": "KPI: leading indicators", "ja": "KPI: 先行指標"},
    "starter.section.activity": {
        "en": "Activity KPIs: counts a new team can track from day one, before it has outcome data",
        "ja": "活動KPI: 成果のデータがまだない立ち上げ期のチームでも初日から数えられる指標",
    },
    "starter.section.benchmark": {"en": "Benchmark: {benchmark}", "ja": "ベンチマーク: {benchmark}"},
    "starter.default_company": {"en": "Example Co.", "ja": "株式会社サンプル"},
    # the command ----------------------------------------------------------------------
    "starter.cli.exists": {
        "en": "{path} already exists; give --force to overwrite it, or another -o FILE",
        "ja": "{path} はすでにあります。上書きするなら --force を、別のファイルにするなら -o FILE を指定してください",
    },
    "starter.cli.need_model": {
        "en": "give --model: one of {models} ('raci init --list' describes them)",
        "ja": "--model を指定してください: {models} のいずれか('raci init --list' で説明を表示します)",
    },
    "starter.cli.unknown_model": {
        "en": "no org model is called '{model}'; one of {models}",
        "ja": "'{model}' という組織モデルはありません。{models} のいずれかです",
    },
    "starter.cli.bad_headcount": {
        "en": "--headcount expects DEPARTMENT=NUMBER (a whole number, 0 or more), got '{value}'",
        "ja": "--headcount は 部門ID=人数(0以上の整数)の形で指定してください。指定された値: '{value}'",
    },
    "starter.cli.huge_headcount": {
        "en": "{value} people in '{id}' is not a plausible headcount; give at most {max}",
        "ja": "'{id}' の人数 {value} は多すぎます。{max} 以下にしてください",
    },
    "starter.cli.zero_headcount": {
        "en": "{department} ('{id}') cannot have 0 people: it is Accountable for {count} activities of the {model} model (such as '{activity}'); give it at least 1",
        "ja": "{department}({id})を0人にはできません。{model} モデルで {count} 件の活動(「{activity}」など)の説明責任(A)を持つため、1人以上にしてください",
    },
    "starter.cli.unknown_department": {
        "en": "the {model} model has no department '{id}'; its departments: {departments}",
        "ja": "{model} に部門 '{id}' はありません。部門: {departments}",
    },
    "starter.cli.wrote": {
        "en": "wrote {path} ({model}). Next: fill in the mission, then run 'raci validate {path}' and 'raci render matrix {path}'.",
        "ja": "{path} を書き出しました({model})。次はミッションを書き、'raci validate {path}' と 'raci render matrix {path}' を実行してください。",
    },
    "starter.cli.list_heading": {
        "en": "The five CS org models ('raci init --model ID'):",
        "ja": "CS組織の五つのモデル('raci init --model ID'):",
    },
    "starter.cli.list_departments": {
        "en": "Department ids and example headcounts (--headcount ID=N changes one):",
        "ja": "部門IDと例の人数(--headcount 部門ID=人数 で変更できます):",
    },
    "starter.prompt.intro": {
        "en": "A starter spec for your CS organisation. Press Enter to keep the default in brackets.",
        "ja": "CS組織のスターター用スペックを作ります。[ ] 内の既定値でよければ Enter を押してください。",
    },
    "starter.prompt.models": {"en": "Org models:", "ja": "組織モデル:"},
    "starter.prompt.model": {"en": "Org model (number or id)", "ja": "組織モデル(番号またはID)"},
    "starter.prompt.lang": {"en": "Language of the spec (ja, en)", "ja": "スペックの言語(ja, en)"},
    "starter.prompt.company": {"en": "Company name", "ja": "会社名"},
    "starter.prompt.headcounts": {"en": "Headcount of each department:", "ja": "各部門の人数:"},
    "starter.prompt.headcount": {"en": "  {department} ({id})", "ja": "  {department}({id})"},
    "starter.prompt.output": {
        "en": "File to write ('-' for standard output)",
        "ja": "書き出すファイル(標準出力なら '-')",
    },
    "starter.prompt.overwrite": {
        "en": "{path} already exists. Overwrite it? [y/N]",
        "ja": "{path} はすでにあります。上書きしますか? [y/N]",
    },
    "starter.prompt.bad_model": {
        "en": "'{value}' is not an org model: type a number from 1 to {count}, or one of {models}",
        "ja": "'{value}' という組織モデルはありません。1〜{count} の番号か、{models} のいずれかを入力してください",
    },
    "starter.prompt.bad_lang": {
        "en": "'{value}' is not a language: type ja or en",
        "ja": "'{value}' は選べる言語ではありません。ja か en を入力してください",
    },
    "starter.prompt.bad_number": {
        "en": "'{value}' is not a whole number: type a number of people such as {example}",
        "ja": "'{value}' は整数ではありません。{example} のように人数を数字で入力してください",
    },
    "starter.prompt.bad_yes_no": {
        "en": "'{value}' is not an answer: type y (yes) or n (no)",
        "ja": "'{value}' には答えられません。y(はい)か n(いいえ)を入力してください",
    },
    "starter.prompt.is_folder": {
        "en": "{path} is a folder: give the name of a file in it, such as {example}",
        "ja": "{path} はフォルダーです。{example} のように、その中のファイル名を入力してください",
    },
    "starter.prompt.no_folder": {
        "en": "the folder {folder} does not exist: create it first, or give another file",
        "ja": "フォルダー {folder} がありません。先に作るか、別のファイルを入力してください",
    },
    # raci kpis ------------------------------------------------------------------------------
    "kpis.header": {
        "en": "id|level|name|unit|direction",
        "ja": "ID|レベル|名前|単位|良い方向",
    },
    "kpis.level.kgi": {"en": "KGI", "ja": "KGI"},
    "kpis.level.kpi": {"en": "KPI", "ja": "KPI"},
    "kpis.level.activity": {"en": "activity KPI", "ja": "活動KPI"},
    "kpis.direction.higher": {"en": "higher is better", "ja": "高いほど良い"},
    "kpis.direction.lower": {"en": "lower is better", "ja": "低いほど良い"},
    "kpis.footer": {
        "en": "In a spec: kpis: [{{use: ID, owner: DEPARTMENT, target: \">= 90\"}}]. 'raci kpis show ID' explains one.",
        "ja": "スペックでの使い方: kpis: [{{use: ID, owner: 部門ID, target: \">= 90\"}}]。'raci kpis show ID' で一つずつ説明します。",
    },
    "kpis.show.name": {"en": "name", "ja": "名前"},
    "kpis.show.level": {"en": "level", "ja": "レベル"},
    "kpis.show.formula": {"en": "formula", "ja": "計算式"},
    "kpis.show.direction": {"en": "direction", "ja": "良い方向"},
    "kpis.show.unit": {"en": "unit", "ja": "単位"},
    "kpis.show.description": {"en": "description", "ja": "説明"},
    "kpis.show.benchmark": {"en": "benchmark", "ja": "ベンチマーク"},
    "kpis.show.use": {"en": "in a spec", "ja": "スペックでの使い方"},
    "kpis.unknown": {
        "en": "no KPI in the library is called '{id}'",
        "ja": "ライブラリに '{id}' という KPI はありません",
    },
    "kpis.unknown.hint": {
        "en": "'raci kpis' lists them",
        "ja": "'raci kpis' で一覧を表示します",
    },
}
