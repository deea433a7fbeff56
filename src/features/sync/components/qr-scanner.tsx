import { useEffect, useRef } from 'react';

/** What Chrome on Android offers (not yet in TypeScript's DOM library). */
interface Detector {
  detect(source: HTMLVideoElement): Promise<Array<{ rawValue: string }>>;
}
type DetectorClass = new (options: { formats: string[] }) => Detector;

function detectorClass(): DetectorClass | undefined {
  return (window as unknown as { BarcodeDetector?: DetectorClass }).BarcodeDetector;
}

/** A camera is worth offering only where the browser reads QR codes itself. */
export function canScan(): boolean {
  return Boolean(detectorClass() && navigator.mediaDevices?.getUserMedia);
}

/**
 * The back camera, read a few times a second until a QR code appears; the camera stops as soon
 * as this closes. `onFailure`: no camera, or the seller refused it.
 */
export function QrScanner({
  label,
  onRead,
  onFailure,
}: {
  label: string;
  onRead: (text: string) => void;
  onFailure: () => void;
}) {
  const video = useRef<HTMLVideoElement>(null);
  const latest = useRef({ onRead, onFailure });
  useEffect(() => {
    latest.current = { onRead, onFailure };
  });
  useEffect(() => {
    const Barcode = detectorClass();
    let stream: MediaStream | null = null;
    let timer: number | undefined;
    let stopped = false;
    const stop = () => {
      stopped = true;
      window.clearTimeout(timer);
      stream?.getTracks().forEach((track) => track.stop());
    };
    if (!Barcode) {
      latest.current.onFailure();
      return stop;
    }
    const detector = new Barcode({ formats: ['qr_code'] });
    const look = async () => {
      const v = video.current;
      if (stopped || !v) return;
      const codes = v.readyState >= 2 ? await detector.detect(v) : [];
      const first = codes[0];
      if (first && !stopped) latest.current.onRead(first.rawValue);
      else timer = window.setTimeout(() => void look().catch(fail), 250);
    };
    const fail = (error: unknown) => {
      console.warn('camera', error);
      if (!stopped) latest.current.onFailure();
    };
    navigator.mediaDevices
      .getUserMedia({ video: { facingMode: 'environment' }, audio: false })
      .then(async (s) => {
        stream = s;
        if (stopped) return stop();
        const v = video.current;
        if (!v) return;
        v.srcObject = s;
        await v.play();
        await look();
      })
      .catch(fail);
    return stop;
  }, []);
  return (
    <video
      ref={video}
      aria-label={label}
      muted
      playsInline
      className="aspect-square w-full max-w-72 self-center rounded-xl bg-stone-900 object-cover"
    />
  );
}
