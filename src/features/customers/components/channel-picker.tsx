import type { ContactChannel } from '../../../lib/domain';
import { CONTACT_CHANNELS } from '../../../lib/contact-link';
import { useT } from '../../../i18n';
import { Icon, type IconName } from '../../../ui/icon';

const ICONS: Record<ContactChannel, IconName> = {
  whatsapp: 'whatsapp',
  sms: 'message',
  call: 'phone',
};

interface ChannelPickerProps {
  value: ContactChannel;
  onChange: (channel: ContactChannel) => void;
  error?: string;
}

/** "Moyen de contact": three big choices side by side, icon above word so each fits at 320 px. */
export function ChannelPicker({ value, onChange, error }: ChannelPickerProps) {
  const t = useT();
  return (
    <fieldset
      className="flex flex-col gap-1"
      aria-describedby={error ? 'channel-error' : undefined}
    >
      <legend className="mb-1 text-base font-semibold text-stone-800">
        {t('customers.channel')}
      </legend>
      <div className="grid grid-cols-3 gap-2">
        {CONTACT_CHANNELS.map((channel) => (
          <label
            key={channel}
            className={`relative flex min-h-16 cursor-pointer flex-col items-center justify-center gap-0.5 rounded-xl border-2 px-1 text-center text-base font-semibold max-[359px]:text-sm has-[:focus-visible]:outline-2 has-[:focus-visible]:outline-brand-600 ${
              value === channel
                ? 'border-brand-700 bg-brand-100 text-brand-800'
                : 'border-stone-300 bg-white text-stone-700'
            }`}
          >
            <input
              type="radio"
              name="channel"
              value={channel}
              checked={value === channel}
              onChange={() => onChange(channel)}
              // Invisible over the whole tile: the tile is the target, for a thumb and for tests.
              className="absolute inset-0 size-full cursor-pointer opacity-0"
            />
            <Icon name={ICONS[channel]} />
            {t(`customers.channel.${channel}`)}
          </label>
        ))}
      </div>
      {error && (
        <p id="channel-error" role="alert" className="text-base font-semibold text-red-800">
          {error}
        </p>
      )}
    </fieldset>
  );
}
