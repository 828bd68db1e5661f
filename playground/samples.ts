// Sample replies for the playground: each triggers several rules (see ../../shared/RULES.md), and the
// Thai one has overlapping diagnostics.

import type { Lang } from "../src/index.js";

export interface Sample {
  lang: Lang;
  /** Button label, in the sample's own language. */
  label: string;
  text: string;
}

export const SAMPLES: readonly Sample[] = [
  {
    lang: "en",
    label: "English",
    text:
      "Hi {{ticket.requester.first_name}},\n\nWe apologize for any inconvenience. Unfortunately, the courier lost your parcel, " +
      "but we will ship a replacement soon. Just restart the app, as I said before.\n\n" +
      "Is there anything else I can help you with?\n\nBest,\nSam",
  },
  {
    lang: "ko",
    label: "한국어",
    text:
      "안녕하세요 {{ticket.requester.name}}님,\n\n이용에 불편을 드려 죄송합니다. 택배사 측 실수로 배송이 늦어지고 있습니다. " +
      "빠른 시일 내에 다시 보내 드리겠습니다.\n\n더 도와드릴 부분이 있으실까요?\n\n감사합니다.",
  },
  {
    lang: "zh",
    label: "中文",
    text: "亲，您好！\n\n给您带来不便，敬请谅解。这是快递公司的问题，我们会尽快为您处理。\n\n还有其他可以帮到您的吗？",
  },
  {
    lang: "th",
    label: "ภาษาไทย",
    text:
      "สวัสดีค่ะ คุณ{{ticket.requester.name}}\n\nขออภัยในความไม่สะดวกค่ะ เป็นความผิดของบริษัทขนส่ง " +
      "ทางเราจะรีบดำเนินการให้โดยเร็วที่สุดค่ะ\n\nมีอะไรให้ช่วยเหลือเพิ่มเติมไหมคะ",
  },
];
