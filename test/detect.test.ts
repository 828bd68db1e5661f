// Language detection on short, long and mixed replies.
import { describe, expect, it } from "vitest";
import { detectLanguage } from "../src/detect.js";

describe("detectLanguage", () => {
  it.each([
    ["Thanks!", "en"],
    ["OK", "en"],
    ["Hi {{ticket.requester.first_name}},", "en"],
    ["Sorry for the inconvenience.", "en"],
    ["Your refund of $42.10 went back to the Visa ending 4421 this morning; it can take 3–5 business days to appear.", "en"],
    ["Hi Zoë, thanks for your patience — José from our Madrid team has rebooked your flight.", "en"],
    ["감사합니다.", "ko"],
    ["안녕하세요 고객님, iPhone 15 Pro 배터리 교체는 Apple Store 가로수길점에서 가능합니다.", "ko"],
    ["Galaxy S24 Ultra 액정 교체 접수되었습니다.", "ko"],
    ["祝好", "zh"],
    ["亲，您的订单已经发货了，单号是 SF1234567890，请注意查收哦～", "zh"],
    ["您好，iPhone 的退款已經處理完成。", "zh"],
    ["ขอบคุณค่ะ", "th"],
    ["ขออภัยในความไม่สะดวกค่ะ คำสั่งซื้อ #12345 จะจัดส่งภายในวันศุกร์นี้นะคะ", "th"],
    ["Gracias por escribirnos. Su reembolso se procesará mañana.", "und"],
    ["Vielen Dank für Ihre Nachricht, wir melden uns so schnell wie möglich.", "und"],
    ["Merci pour votre message, nous revenons vers vous très vite.", "und"],
    // languages without their own franc model still come out "not English"
    ["Siparişiniz yarın kargoya verilecek, anlayışınız için teşekkür ederiz.", "und"],
    ["Dziękujemy za wiadomość, zwrot pieniędzy nastąpi jutro.", "und"],
    ["Tack för ditt meddelande, vi återkommer så snart som möjligt.", "und"],
    ["Tak for din besked, vi vender tilbage hurtigst muligt med en løsning.", "und"],
    ["Terima kasih atas pesan Anda, pesanan akan dikirim besok pagi.", "und"],
    ["Salamat po sa inyong mensahe, ipapadala namin ang order bukas.", "und"],
    ["ご連絡ありがとうございます。返金手続きを行いました。", "und"],
    ["Спасибо за обращение, мы вернём деньги завтра.", "und"],
    ["", "und"],
    ["12345 !!! ???", "und"],
    ["{{ticket.requester.first_name}} https://example.com", "und"],
  ])("%j → %s", (text, lang) => {
    expect(detectLanguage(text)).toBe(lang);
  });

  it("never throws on odd input", () => {
    for (const text of ["\ud800", "\u0000".repeat(10), "👍", " ".repeat(1000), "ก".repeat(100_000)]) {
      expect(() => detectLanguage(text)).not.toThrow();
    }
    expect(detectLanguage(42 as unknown as string)).toBe("und");
  });
});
