import { z } from 'zod';

/**
 * The fields Grafana documents for alert rules, in its file provisioning format (apiVersion 1) and in
 * the body of POST /api/v1/provisioning/alert-rules. Checked before anything is written, so a file
 * that Grafana would refuse at start-up is caught here.
 */

const duration = z.string().regex(/^(0|(\d+(ms|s|m|h|d|w|y))+)$/, { error: 'expected a duration such as 5m or 1h30m' });
const uid = z.string().regex(/^[a-zA-Z0-9_-]{1,40}$/, { error: 'a rule uid is 1 to 40 letters, digits, - or _' });
const title = z.string().min(1).max(190);
const labels = z.record(z.string(), z.string());

const query = z.strictObject({
  refId: z.string().min(1),
  queryType: z.string().optional(),
  relativeTimeRange: z.strictObject({ from: z.number().int().min(0), to: z.number().int().min(0) }),
  datasourceUid: z.string().min(1),
  model: z.record(z.string(), z.unknown()),
});

const states = {
  noDataState: z.enum(['NoData', 'Alerting', 'OK', 'KeepLast']),
  execErrState: z.enum(['Error', 'Alerting', 'OK', 'KeepLast']),
};

/** The condition names one of the rule's queries, and every refId is unique. */
function consistent(rule: { condition: string; data: Array<{ refId: string }> }, ctx: z.RefinementCtx) {
  const refIds = rule.data.map((d) => d.refId);
  if (!refIds.includes(rule.condition)) {
    ctx.addIssue({
      code: 'custom',
      path: ['condition'],
      message: `condition ${rule.condition} is not one of ${refIds.join(', ')}`,
    });
  }
  if (new Set(refIds).size !== refIds.length) {
    ctx.addIssue({ code: 'custom', path: ['data'], message: 'refIds repeat' });
  }
}

export const fileRuleSchema = z
  .strictObject({
    uid,
    title,
    condition: z.string().min(1),
    data: z.array(query).min(1),
    noDataState: states.noDataState.optional(),
    execErrState: states.execErrState.optional(),
    for: duration.optional(),
    keepFiringFor: duration.optional(),
    annotations: labels.optional(),
    labels: labels.optional(),
    isPaused: z.boolean().optional(),
    dashboardUid: z.string().optional(),
    panelId: z.number().int().optional(),
  })
  .superRefine(consistent);

/** provisioning/alerting/*.yaml */
export const provisioningFileSchema = z
  .strictObject({
    apiVersion: z.literal(1),
    groups: z.array(
      z.strictObject({
        orgId: z.number().int().min(1),
        name: title,
        folder: z.string().min(1),
        interval: duration,
        rules: z.array(fileRuleSchema).min(1),
      })
    ),
    deleteRules: z.array(z.strictObject({ orgId: z.number().int().min(1), uid })).optional(),
  })
  .superRefine((file, ctx) =>
    uniqueUids(
      file.groups.flatMap((g) => g.rules.map((r) => r.uid)),
      ctx
    )
  );

/** One body of POST /api/v1/provisioning/alert-rules (ProvisionedAlertRule). */
export const provisionedRuleSchema = z
  .strictObject({
    uid: uid.optional(),
    orgID: z.number().int().min(1),
    folderUID: z.string().min(1),
    ruleGroup: title,
    title,
    condition: z.string().min(1),
    data: z.array(query).min(1),
    noDataState: states.noDataState,
    execErrState: states.execErrState,
    for: duration,
    keep_firing_for: duration.optional(),
    annotations: labels.optional(),
    labels: labels.optional(),
    isPaused: z.boolean().optional(),
  })
  .superRefine(consistent);

export const payloadSchema = z.array(provisionedRuleSchema).superRefine((rules, ctx) =>
  uniqueUids(
    rules.flatMap((r) => (r.uid ? [r.uid] : [])),
    ctx
  )
);

function uniqueUids(uids: string[], ctx: z.RefinementCtx) {
  const seen = new Set<string>();
  for (const u of uids) {
    if (seen.has(u)) {
      ctx.addIssue({ code: 'custom', message: `rule uid ${u} is used twice` });
    }
    seen.add(u);
  }
}
