import type { CSSProperties } from "react";
import { BRAND_LINE, PREVIEW_SIZE, type PictureStep, type PlanPicture } from "@/lib/link-preview/plan-picture";

/**
 * The link-preview picture (1200 × 630) as the JSX next/og's ImageResponse draws: Satori's subset of CSS
 * (flex boxes only, inline styles) in the app's light palette. Chat apps shrink it to about 400–500 px wide,
 * so nothing is smaller than 22 px and contrast follows the app's text colours. The font is next/og's bundled
 * Geist, regular weight only: hierarchy comes from size and colour, not boldness.
 */

const COLOURS = {
  bg: "#ffffff",
  text: "#0b0c0c",
  muted: "#4a5560",
  accent: "#00703c",
  lane: "#e9edf1",
  rule: "#8a949e",
} as const;

const NAME_COLUMN = 500;
/** The height the step rows share: five rows of 64 px fit under the heading with the axis below. */
const ROWS_HEIGHT = 320;
const MAX_ROW_HEIGHT = 84;

/** The app's icon (app/icon.svg), so the picture reads as certpath's at a glance. */
function Logo({ size }: { size: number }) {
  return (
    <svg width={size} height={size} viewBox="0 0 32 32">
      <rect width="32" height="32" rx="6" fill={COLOURS.accent} />
      <path
        d="M8 22 L14 14 L19 18 L25 9"
        stroke="#fff"
        strokeWidth="3"
        fill="none"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  );
}

function Brand() {
  return (
    <div style={{ display: "flex", alignItems: "center", gap: 14, fontSize: 28, color: COLOURS.accent }}>
      <Logo size={40} />
      <span>certpath</span>
      <span style={{ color: COLOURS.muted, fontSize: 24 }}>{`· ${BRAND_LINE}`}</span>
    </div>
  );
}

function StepRow({ step, height }: { step: PictureStep; height: number }) {
  const box: CSSProperties = { display: "flex", alignItems: "center", height, width: "100%" };
  return (
    <div style={box}>
      <div style={{ display: "flex", width: NAME_COLUMN, alignItems: "center", gap: 16 }}>
        <div
          style={{
            display: "flex",
            alignItems: "center",
            justifyContent: "center",
            width: 44,
            height: 44,
            borderRadius: 22,
            background: COLOURS.accent,
            color: "#ffffff",
            fontSize: 24,
          }}
        >
          {String(step.number)}
        </div>
        <div style={{ display: "flex", flexDirection: "column" }}>
          <span style={{ fontSize: 30, color: COLOURS.text, lineHeight: 1.1 }}>{step.name}</span>
          <span style={{ fontSize: 22, color: COLOURS.muted, lineHeight: 1.2 }}>{step.dates}</span>
        </div>
      </div>
      <div style={{ display: "flex", flex: 1, height: 26, background: COLOURS.lane, borderRadius: 4 }}>
        <div
          style={{
            display: "flex",
            marginLeft: `${step.left}%`,
            width: `${Math.max(step.width, 1)}%`,
            height: 26,
            background: COLOURS.accent,
            borderRadius: 4,
          }}
        />
      </div>
    </div>
  );
}

function Axis({ ticks }: { ticks: Extract<PlanPicture, { kind: "plan" }>["ticks"] }) {
  return (
    <div style={{ display: "flex", height: 56, flex: 1, position: "relative" }}>
      {ticks.map((tick) => (
        // The year goes under its month, so "Jan 2028" never runs into the next month's label.
        <div
          key={`${tick.x}`}
          style={{
            display: "flex",
            flexDirection: "column",
            position: "absolute",
            left: `${tick.x}%`,
            top: 0,
            paddingLeft: 6,
            borderLeft: `2px solid ${COLOURS.rule}`,
            fontSize: 22,
            lineHeight: 1.1,
            color: COLOURS.muted,
          }}
        >
          <span>{tick.month}</span>
          {tick.year ? <span>{tick.year}</span> : null}
        </div>
      ))}
    </div>
  );
}

function Plan({ picture }: { picture: Extract<PlanPicture, { kind: "plan" }> }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", width: "100%" }}>
      <span style={{ fontSize: 50, color: COLOURS.text, marginTop: 18, lineHeight: 1.15 }}>{picture.heading}</span>
      <span style={{ fontSize: 28, color: COLOURS.muted, marginTop: 6 }}>{picture.summary}</span>
      <div style={{ display: "flex", flexDirection: "column", marginTop: 14, width: "100%" }}>
        {picture.steps.map((step) => (
          <StepRow
            key={step.number}
            step={step}
            height={Math.min(MAX_ROW_HEIGHT, Math.floor(ROWS_HEIGHT / picture.steps.length))}
          />
        ))}
      </div>
      {picture.steps.length > 0 ? (
        // The name column's foot says what a cut-short plan leaves out; the axis runs under the bars.
        <div style={{ display: "flex", marginTop: 4 }}>
          <div
            style={{
              display: "flex",
              flexDirection: "column",
              width: NAME_COLUMN,
              fontSize: 24,
              lineHeight: 1.1,
              color: COLOURS.text,
            }}
          >
            {picture.more > 0 ? <span>{`+ ${picture.more} more ${picture.more === 1 ? "step" : "steps"}`}</span> : null}
            {picture.more > 0 ? <span style={{ color: COLOURS.muted }}>{picture.moreText}</span> : null}
          </div>
          <Axis ticks={picture.ticks} />
        </div>
      ) : null}
    </div>
  );
}

function Generic({ picture }: { picture: Extract<PlanPicture, { kind: "generic" }> }) {
  return (
    <div style={{ display: "flex", flexDirection: "column", justifyContent: "center", flex: 1, gap: 28 }}>
      <span style={{ fontSize: 64, color: COLOURS.text, lineHeight: 1.1 }}>{picture.heading}</span>
      <span style={{ fontSize: 32, color: COLOURS.muted, lineHeight: 1.35, maxWidth: 1000 }}>{picture.summary}</span>
      <div style={{ display: "flex", gap: 8, alignItems: "center", marginTop: 12 }}>
        {picture.levels.map((level, i) => (
          <div key={level} style={{ display: "flex", alignItems: "center", gap: 8 }}>
            {i > 0 ? <span style={{ fontSize: 26, color: COLOURS.muted }}>→</span> : null}
            <span
              style={{
                fontSize: 22,
                color: COLOURS.text,
                padding: "8px 12px",
                border: `3px solid ${COLOURS.accent}`,
                borderRadius: 8,
              }}
            >
              {level}
            </span>
          </div>
        ))}
      </div>
    </div>
  );
}

/** The whole picture: certpath's name, then the plan (or the generic invitation). */
export function PlanImage({ picture }: { picture: PlanPicture }) {
  return (
    <div
      style={{
        display: "flex",
        flexDirection: "column",
        width: PREVIEW_SIZE.width,
        height: PREVIEW_SIZE.height,
        padding: "30px 56px",
        background: COLOURS.bg,
        borderTop: `12px solid ${COLOURS.accent}`,
        fontFamily: "Geist",
      }}
    >
      <Brand />
      {picture.kind === "plan" ? <Plan picture={picture} /> : <Generic picture={picture} />}
    </div>
  );
}
